// Admin journey against a live API on PostgreSQL: the demo admin creates a program,
// writes its charter and a questionnaire question, opens enrolment and browses the directory.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { openPage, screenshot, expectAccessible } from './support/browser.mjs'
import { useLiveApp } from './support/live-app.mjs'

const PASSWORD = 'E2e-demo-password-2024!'
const ADMIN = 'admin@demo.constel.fr'

const live = useLiveApp({ password: PASSWORD })

async function expectHeading(page, name) {
  // routes are lazy: the previous page stays on screen until the next one's code and data
  // arrive, so wait for this page's title before comparing it
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor()
  assert.equal(await heading(page), name)
}

/** Screenshots at phone and desktop widths, each checked by axe-core. */
async function shoot(page, name) {
  for (const [width, height] of [[390, 844], [1280, 900]]) {
    await page.setViewportSize({ width, height })
    await expectAccessible(page, `${name} at ${width}px`)
    await screenshot(page, `${name}-${width}`)
  }
}

async function heading(page) {
  const h1 = page.getByRole('heading', { level: 1 })
  await h1.waitFor()
  return (await h1.textContent())?.trim()
}

describe('admin journey', () => {
  test('the admin creates a program, writes its charter and questionnaire, opens enrolment, sees the directory', async () => {
    const { context, page, problems } = await openPage(live.browser, live.api.url)
    try {
      await page.goto('/sign-in')
      await page.getByLabel('Adresse e-mail').fill(ADMIN)
      await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
      await page.getByRole('button', { name: 'Se connecter' }).click()
      await page.waitForURL((url) => url.pathname === '/')
      await page.getByRole('link', { name: 'Gérer les programmes' }).waitFor()
      await expectAccessible(page, 'admin home')

      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Programmes', exact: true }).click()
      await page.waitForURL('**/programs')
      await expectHeading(page, 'Programmes')
      await page.getByRole('button', { name: 'Créer le programme' }).waitFor()
      await expectAccessible(page, 'programs list')

      await page.getByLabel('Nom du programme').fill('Mentorat e2e')
      await page.getByLabel('Thème').fill('Transmission des savoirs')
      await page.getByLabel('Date de début').fill('2026-09-01')
      await page.getByLabel('Date de fin').fill('2027-06-30')
      await page.getByLabel('Mentorés par mentor (capacité)').fill('2')
      await page.getByRole('button', { name: 'Créer le programme' }).click()
      await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/)
      await page.getByRole('heading', { level: 1, name: 'Mentorat e2e' }).waitFor()
      await page.getByText('Statut actuel : Brouillon').waitFor()
      await expectAccessible(page, 'program detail')

      // What is missing shows before anyone clicks; the dialog says what opening does.
      const lifecycle = page.getByRole('region', { name: 'Cycle de vie' })
      await lifecycle.getByText('Avant de pouvoir ouvrir les inscriptions, il manque encore :').waitFor()
      await lifecycle.getByText('la charte du programme').waitFor()
      // Invitations in a draft program say why they cannot go out, before and after trying.
      const participants = page.getByRole('region', { name: 'Participants' })
      await participants.getByText(/Ce programme est encore en brouillon : ouvrez les inscriptions/).waitFor()
      await participants.getByLabel('Unité', { exact: true }).selectOption({ label: 'Relation clients' })
      await participants.getByRole('button', { name: 'Inviter l’unité' }).click()
      await participants.getByRole('alert').filter({ hasText: 'Les invitations partent une fois les inscriptions ouvertes : ouvrez d’abord les inscriptions' }).waitFor()
      assert.equal(await participants.getByText('L’invitation a échoué.').count(), 0)
      await shoot(page, 'admin-program-draft')

      await lifecycle.getByRole('button', { name: 'Ouvrir les inscriptions' }).click()
      const dialog = page.getByRole('alertdialog', { name: 'Ouvrir les inscriptions ?' })
      await dialog.getByText(/le questionnaire ne pourra plus être modifié/).waitFor()
      await dialog.getByText('au moins une question pour les mentors').waitFor()
      await expectAccessible(page, 'lifecycle dialog')
      await dialog.getByRole('button', { name: 'Ouvrir les inscriptions' }).click()
      await dialog.getByText(/n’est pas prêt pour cette étape/).waitFor()
      await dialog.getByRole('button', { name: 'Annuler' }).click()
      const refusal = page.getByRole('alert').filter({ hasText: 'Il manque encore' })
      await refusal.waitFor()
      await refusal.getByText('la charte du programme').waitFor()
      await refusal.getByText('au moins une question pour les mentors').waitFor()
      await expectAccessible(page, 'lifecycle refusal')

      await page.getByLabel('Texte de la charte (Markdown)').fill('# Charte du mentorat\n\nConfidentialité, bienveillance, engagement.')
      await page.getByRole('button', { name: 'Enregistrer la charte' }).click()
      await page.getByText('Charte enregistrée (version 1).').waitFor()

      await page.getByLabel('Type de question').selectOption('single_choice')
      await page.getByLabel('Intitulé en français').fill('Quel rythme de rencontre préférez-vous ?')
      await page.getByLabel('Intitulé en anglais').fill('Which meeting rhythm do you prefer?')
      await page.getByLabel('Choix proposés').fill('Toutes les semaines | Weekly\nTous les mois | Monthly')
      await page.getByLabel('Règle de comparaison').selectOption('same')
      await page.getByRole('button', { name: 'Ajouter la question' }).click()
      await page.getByText('Quel rythme de rencontre préférez-vous ?', { exact: true }).first().waitFor()
      await expectAccessible(page, 'program with charter and question')

      await lifecycle.getByRole('button', { name: 'Ouvrir les inscriptions' }).click()
      await dialog.getByRole('button', { name: 'Ouvrir les inscriptions' }).click()
      await page.getByText('Le programme est passé au statut « Inscriptions ouvertes ».').waitFor()
      await page.getByText('Statut actuel : Inscriptions ouvertes').waitFor()
      await page.getByRole('button', { name: 'Démarrer le programme' }).waitFor()

      // Invite a unit; an invited person then shows their state, not "Inviter".
      await participants.getByLabel('Unité', { exact: true }).selectOption({ label: 'Relation clients' })
      await participants.getByLabel('Inviter comme', { exact: true }).first().selectOption('mentee')
      await participants.getByRole('button', { name: 'Inviter l’unité' }).click()
      await participants.getByText(/invitations? envoyées?\./).first().waitFor()
      await participants.getByLabel('Rechercher dans l’annuaire (nom ou e-mail)').fill('Thomas')
      await participants.getByRole('button', { name: 'Rechercher', exact: true }).click()
      await participants.getByText('Déjà dans le programme comme mentoré :').waitFor()
      assert.equal(await participants.getByRole('button', { name: /Inviter Thomas Leroy/ }).count(), 0)
      await participants.getByLabel('État', { exact: true }).selectOption('invited')
      await participants.getByText(/personnes? affichées?/).waitFor()
      await shoot(page, 'admin-program-enrolment')

      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Annuaire', exact: true }).click()
      await page.waitForURL('**/directory')
      await page.getByRole('heading', { level: 1, name: 'Annuaire' }).waitFor()
      await page.getByRole('link', { name: 'Lucas Petit' }).waitFor()
      await expectAccessible(page, 'directory')
      await page.getByRole('link', { name: 'Lucas Petit' }).click()
      await page.getByRole('heading', { name: 'Chaîne managériale' }).waitFor()
      await expectAccessible(page, 'person detail')

      await screenshot(page, 'admin-journey')
      assert.deepEqual(problems, [], 'no uncaught error or CSP violation')
    } catch (error) {
      await screenshot(page, 'admin-journey-failure').catch(() => {})
      throw error
    } finally {
      await context.close()
    }
  })
})
