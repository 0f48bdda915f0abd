// Matching journey against a live API on PostgreSQL: the demo admin sets criteria weights,
// runs the matching of the seeded program, reads each score in words, excludes a pair and
// adds it back by hand with a written reason, publishes through a confirmation, then reads
// the program's pairs. Every page is checked by axe-core and shot at 390 and 1280 px.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { openPage, screenshot, expectAccessible } from './support/browser.mjs'
import { useLiveApp } from './support/live-app.mjs'

const PASSWORD = 'E2e-demo-password-2024!'
const ADMIN = 'admin@demo.constel.fr'

const live = useLiveApp({ password: PASSWORD })

async function shoot(page, name) {
  for (const [width, height] of [[390, 844], [1280, 900]]) {
    await page.setViewportSize({ width, height })
    await expectAccessible(page, `${name} at ${width}px`)
    await screenshot(page, `${name}-${width}`)
  }
}

describe('matching journey', () => {
  test('weights, a run explained in words, a manual override with its reason, publication, the pairs list', async () => {
    const { context, page, problems } = await openPage(live.browser, live.api.url)
    const leaks = []
    page.on('response', async (response) => {
      if (!response.url().includes('/api/')) return
      const type = response.headers()['content-type'] ?? ''
      if (!type.includes('json')) return
      const body = await response.text().catch(() => '')
      if (/"(ciphertext|nonce|wrapped_key|envelope|body_ciphertext)"/.test(body)) leaks.push(response.url())
    })
    try {
      await page.goto('/sign-in')
      await page.getByLabel('Adresse e-mail').fill(ADMIN)
      await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
      await page.getByRole('button', { name: 'Se connecter' }).click()
      await page.waitForURL((url) => url.pathname === '/')

      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Programmes', exact: true }).click()
      await page.getByRole('link', { name: /Mentorat 2026/ }).first().click()
      await page.getByRole('heading', { level: 1, name: 'Mentorat 2026' }).waitFor()
      await page.getByRole('navigation', { name: 'Sections du programme' }).getByRole('link', { name: 'Mise en relation' }).click()
      await page.getByRole('heading', { level: 1, name: 'Mise en relation — Mentorat 2026' }).waitFor()
      await page.getByText(/Aucune mise en relation lancée pour ce programme/).waitFor()

      // Settings: seniority without its gap is refused in words next to the field.
      const settings = page.getByRole('region', { name: 'Réglages de la mise en relation' })
      await settings.getByLabel('Poids : langue en commun').fill('4')
      await settings.getByLabel('Poids : même site ou travail à distance').fill('3')
      await settings.getByLabel('Poids : unités différentes').fill('2')
      await settings.getByLabel('Poids : ancienneté du mentor').fill('2')
      await settings.getByRole('button', { name: 'Enregistrer les réglages' }).click()
      await settings.getByText('Indiquez l’écart d’ancienneté souhaité (en années) pour utiliser le critère d’ancienneté.').waitFor()
      assert.equal(await page.getByText(/Value error|min_gap/).count(), 0)
      await settings.getByLabel('Poids : ancienneté du mentor').fill('')
      await settings.getByRole('button', { name: 'Enregistrer les réglages' }).click()
      await settings.getByText('Réglages enregistrés. Ils s’appliquent au prochain calcul.').waitFor()

      await page.getByRole('button', { name: 'Lancer la mise en relation' }).click()
      const proposals = page.getByRole('region', { name: 'Binômes proposés' })
      await proposals.getByText(/Score : \d+ sur 100/).first().waitFor()
      await proposals.getByText(/langues en commun : français/).first().waitFor()
      const text = await proposals.textContent()
      assert.doesNotMatch(text, /unit différent|\(\d+ \/ \d+\)|\d+\.\d+ \/ /, 'no raw key or raw figures in the explanations')
      assert.match(text, /unités différentes|même unité/)
      await shoot(page, 'admin-matching-review')

      // Exclude the first pair, then add it back by hand: the check shows the rule and needs a reason.
      const firstTitle = (await proposals.getByRole('heading', { level: 3 }).first().textContent()).trim()
      const [mentee, mentor] = firstTitle.replace(/(proposé|épinglé).*$/i, '').split(' avec ').map((s) => s.trim())
      await proposals.getByRole('button', { name: `Exclure ${mentee} avec ${mentor}` }).click()
      await page.getByRole('region', { name: 'Mentorés sans binôme' }).getByText(mentee).waitFor()
      const manual = page.getByRole('region', { name: 'Ajouter un binôme à la main' })
      await manual.getByLabel('Mentoré', { exact: true }).selectOption({ label: mentee })
      await manual.getByLabel('Mentor', { exact: true }).selectOption({ label: mentor })
      await manual.getByRole('button', { name: 'Vérifier le binôme' }).click()
      await manual.getByText('Lien hiérarchique :').waitFor()
      await manual.getByText('Un administrateur a exclu ce binôme.').waitFor()
      await manual.getByRole('button', { name: 'Ajouter avec dérogation' }).click()
      await manual.getByText('Écrivez le motif de la dérogation.').waitFor()
      await manual.getByLabel(/Motif de la dérogation/).fill('Demande expresse des deux personnes')
      await manual.getByRole('button', { name: 'Ajouter avec dérogation' }).click()
      await manual.getByText('Binôme ajouté.').waitFor()
      await proposals.getByText('Règle levée par un administrateur : Demande expresse des deux personnes').waitFor()
      await shoot(page, 'admin-matching-override')

      // Publication says what happens first.
      await proposals.getByRole('button', { name: 'Publier les binômes' }).click()
      const dialog = page.getByRole('alertdialog', { name: 'Publier ces binômes ?' })
      await dialog.getByText(/devront les accepter|devront l’accepter/).waitFor()
      await expectAccessible(page, 'publish dialog')
      await dialog.getByRole('button', { name: /^Publier (le binôme|les \d+ binômes)$/ }).click()
      await page.getByText(/binômes? publiés?/).first().waitFor()

      await page.getByRole('link', { name: 'Voir les binômes du programme' }).first().click()
      await page.getByRole('heading', { level: 1, name: 'Binômes — Mentorat 2026' }).waitFor()
      const list = page.getByRole('region', { name: 'Binômes du programme' })
      const ours = list.getByRole('listitem').filter({ hasText: `${mentee} avec ${mentor}` })
      await ours.getByText('proposé, en attente de réponse').waitFor()
      await ours.getByText('Séances tenues').waitFor()
      await ours.getByText('aucune pour l’instant').waitFor()
      // the seeded pair is listed too
      await list.getByRole('listitem').filter({ hasText: 'Lucas Petit avec Claire Fontaine' }).first().waitFor()
      await page.getByRole('region', { name: 'Mentorés à rapparier' }).getByText('Aucun mentoré n’attend de nouveau mentor.').waitFor()
      await shoot(page, 'admin-pairs')

      assert.deepEqual(leaks, [], 'an admin never receives encrypted content')
      assert.deepEqual(problems, [], 'no uncaught error or CSP violation')
    } catch (error) {
      await screenshot(page, 'admin-matching-failure').catch(() => {})
      throw error
    } finally {
      await context.close()
    }
  })
})
