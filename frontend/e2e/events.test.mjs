// Events journey against a live API on PostgreSQL: the demo admin plans an event in the
// demo program, invites participants, records attendance, reloads and finds it recorded.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { openPage, screenshot, expectAccessible } from './support/browser.mjs'
import { useLiveApp } from './support/live-app.mjs'

const PASSWORD = 'E2e-demo-password-2024!'
const ADMIN = 'admin@demo.constel.fr'
const TITLE = 'Atelier écoute active'

const live = useLiveApp({ password: PASSWORD })

/** A `datetime-local` value for yesterday at the given hour: attendance needs a started event. */
function yesterdayAt(hour) {
  const d = new Date(Date.now() - 24 * 3600 * 1000)
  const pad = (n) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`
}

describe('events journey', () => {
  test('the admin plans an event, invites participants, records attendance and finds it after a reload', async () => {
    const { context, page, problems } = await openPage(live.browser, live.api.url)
    try {
      await page.goto('/sign-in')
      await page.getByLabel('Adresse e-mail').fill(ADMIN)
      await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
      await page.getByRole('button', { name: 'Se connecter' }).click()
      await page.waitForURL((url) => url.pathname === '/')

      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Programmes', exact: true }).click()
      await page.getByRole('link', { name: 'Mentorat 2026' }).click()
      await page.getByRole('heading', { level: 1, name: 'Mentorat 2026' }).waitFor()
      await page.getByRole('navigation', { name: 'Sections du programme' }).getByRole('link', { name: 'Événements' }).click()
      await page.waitForURL(/\/programs\/[0-9a-f-]{36}\/events$/)
      await page.getByRole('heading', { level: 1, name: 'Événements — Mentorat 2026' }).waitFor()
      await page.getByText('Aucun événement pour le moment.').waitFor()
      await expectAccessible(page, 'events list')

      // The API refuses an event that ends before it starts; the message sits next to the field.
      await page.getByLabel('Titre').fill(TITLE)
      await page.getByLabel('Type d’événement').selectOption('training')
      await page.getByLabel('Format').selectOption('video')
      await page.getByLabel('Début', { exact: true }).fill(yesterdayAt(11))
      await page.getByLabel('Fin', { exact: true }).fill(yesterdayAt(9))
      await page.getByLabel('Lieu ou lien de connexion').fill('https://visio.demo.constel.fr/atelier')
      await page.getByRole('button', { name: 'Créer l’événement' }).click()
      await page.getByText('La fin doit suivre le début.').waitFor()
      assert.equal(await page.getByLabel('Fin', { exact: true }).getAttribute('aria-invalid'), 'true')
      await expectAccessible(page, 'event form with a field error')

      await page.getByLabel('Début', { exact: true }).fill(yesterdayAt(9))
      await page.getByLabel('Fin', { exact: true }).fill(yesterdayAt(11))
      await page.getByRole('button', { name: 'Créer l’événement' }).click()
      await page.getByText('Événement créé.').waitFor()
      await page.getByRole('link', { name: TITLE }).click()
      await page.waitForURL(/\/events\/[0-9a-f-]{36}$/)
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
      await page.getByText('Personne n’est encore invité à cet événement.').waitFor()
      await expectAccessible(page, 'event page')

      const invite = page.getByRole('region', { name: 'Inviter des participants' })
      await invite.getByLabel('Tous les mentors').check()
      await invite.getByLabel(/Lucas Petit/).check()
      await invite.getByRole('button', { name: 'Envoyer les invitations' }).click()
      await invite.getByText('4 nouvelle(s) invitation(s), 0 personne(s) déjà invitée(s).').waitFor()

      const attendance = page.getByRole('region', { name: 'Présences' })
      await attendance.getByLabel('Présence de Claire Fontaine').selectOption('present')
      await attendance.getByLabel('Présence de Karim Benali').selectOption('excused')
      await attendance.getByLabel('Présence de Lucas Petit').selectOption('absent')
      await expectAccessible(page, 'attendance being recorded')
      await attendance.getByRole('button', { name: 'Enregistrer les présences' }).click()
      await attendance.getByText('Présences enregistrées.').waitFor()

      await page.reload()
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
      const reloaded = page.getByRole('region', { name: 'Présences' })
      await reloaded.getByLabel('Présence de Claire Fontaine').waitFor()
      assert.equal(await reloaded.getByLabel('Présence de Claire Fontaine').inputValue(), 'present')
      assert.equal(await reloaded.getByLabel('Présence de Karim Benali').inputValue(), 'excused')
      assert.equal(await reloaded.getByLabel('Présence de Lucas Petit').inputValue(), 'absent')
      assert.equal(await reloaded.getByLabel('Présence de Sophie Marchand').inputValue(), '')
      await expectAccessible(page, 'event page after reload')
      await screenshot(page, 'events-journey')

      // The matching review tools of the same program are reachable and accessible too.
      await page.getByRole('link', { name: 'Tous les événements' }).click()
      await page.getByRole('link', { name: 'Retour au programme' }).click()
      await page.getByRole('navigation', { name: 'Sections du programme' }).getByRole('link', { name: 'Mise en relation' }).click()
      await page.getByRole('heading', { name: 'Réglages de la mise en relation' }).waitFor()
      await page.getByRole('heading', { name: 'Binômes exclus' }).waitFor()
      await page.getByLabel('Poids : langue en commun').waitFor()
      await expectAccessible(page, 'matching review tools')

      assert.deepEqual(problems, [], 'no uncaught error or CSP violation')
    } catch (error) {
      await screenshot(page, 'events-journey-failure').catch(() => {})
      throw error
    } finally {
      await context.close()
    }
  })
})
