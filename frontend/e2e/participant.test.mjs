// Participant journey against a live API: mentor1 and mentee1 (two browser contexts) set up
// their vaults, accept the proposed pairing and sign the charter; the mentee writes an
// objective, the mentor reads its decrypted wording; the server only ever holds ciphertext.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { openPage, screenshot, expectAccessible } from './support/browser.mjs'
import { useLiveApp } from './support/live-app.mjs'

const PASSWORD = 'E2e-demo-password-2024!'
const WORDING = `Prendre la parole en comité canari-${Date.now()}`

const live = useLiveApp({ password: PASSWORD })

async function signIn(page, email) {
  await page.goto('/sign-in')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.getByRole('link', { name: 'Mes mentorats', exact: true }).waitFor()
}

async function setUpVault(page, passphrase) {
  await page.getByRole('link', { name: 'Mon coffre chiffré' }).click()
  await page.getByRole('heading', { name: 'Créer mon coffre' }).waitFor()
  await expectAccessible(page, 'vault setup')
  await page.getByLabel('Phrase secrète du coffre', { exact: true }).fill(passphrase)
  await page.getByLabel('Confirmez la phrase secrète').fill(passphrase)
  await page.getByRole('button', { name: 'Créer mon coffre' }).click()
  const key = page.getByTestId('recovery-key')
  await key.waitFor({ timeout: 30_000 })
  assert.match((await key.textContent()) ?? '', /^CR1(-[0-9A-Z]{4}){14}$/)
  await expectAccessible(page, 'recovery key')
  // Kept and checked: its last group typed back (e2e/vault.test.mjs covers copy, .txt and print).
  await page.getByLabel(/saisissez le dernier groupe/).fill(((await key.textContent()) ?? '').slice(-4))
  await page.getByRole('button', { name: 'Continuer' }).click()
}

async function acceptAndSign(page, name) {
  // The home page says a proposal waits, one click from where it is answered.
  await page.getByRole('link', { name: 'Accueil' }).click()
  await page.getByText(/Un binôme vous est proposé avec/).waitFor()
  await expectAccessible(page, 'home with a proposal')
  await screenshot(page, `home-proposal-${name}`)
  await page.getByRole('link', { name: 'Voir la proposition' }).click()
  await page.getByTestId('partner-profile').waitFor()
  await page.getByRole('button', { name: 'Accepter' }).click()
  await page.getByRole('button', { name: 'Accepter' }).waitFor({ state: 'detached' })
  // The charter is shown in full, formatted (not raw Markdown), before "Je signe".
  const charter = page.getByRole('region', { name: /Texte de la charte, version/ })
  await charter.waitFor()
  assert.ok((await charter.locator('h3, h4, li, p').count()) > 0, 'the charter is rendered as formatted text')
  assert.ok(!((await charter.textContent()) ?? '').includes('# '), 'no raw Markdown heading marks')
  await expectAccessible(page, 'mentorship')
  await screenshot(page, `proposal-charter-${name}`)
  await page.getByRole('button', { name: 'Je signe' }).click()
  await page.getByRole('button', { name: 'Je signe' }).waitFor({ state: 'detached' })
}

describe('participant journey', () => {
  test('mentor and mentee pair up and share an encrypted objective', async () => {
    const mentor = await openPage(live.browser, live.api.url)
    const mentee = await openPage(live.browser, live.api.url)
    try {
      await signIn(mentor.page, 'mentor1@demo.constel.fr')
      await signIn(mentee.page, 'mentee1@demo.constel.fr')
      await setUpVault(mentor.page, 'phrase du coffre de Claire')
      await setUpVault(mentee.page, 'phrase du coffre de Lucas')
      await acceptAndSign(mentor.page, 'mentor')
      await acceptAndSign(mentee.page, 'mentee')

      await mentee.page.reload() // the vault stays open across reloads of the same tab
      await mentee.page.getByTestId('safety-number').waitFor({ timeout: 30_000 })
      const recordResponses = []
      mentee.page.on('response', async (r) => {
        if (r.url().includes('/api/v1/vault/records')) recordResponses.push(await r.text())
      })
      await mentee.page.getByLabel('Intitulé de l’objectif').fill(WORDING)
      await mentee.page.getByRole('button', { name: 'Ajouter l’objectif' }).click()
      await mentee.page.getByText(WORDING).waitFor()
      await expectAccessible(mentee.page, 'objectives (mentee)')
      assert.ok(recordResponses.length > 0)
      for (const body of recordResponses) assert.ok(!body.includes('canari'), 'no plaintext in the vault API responses')
      const menteeNumber = await mentee.page.getByTestId('safety-number').textContent()

      await mentor.page.reload() // the vault stays open across reloads of the same tab
      await mentor.page.getByText(WORDING).waitFor({ timeout: 30_000 })
      assert.equal(await mentor.page.getByTestId('safety-number').textContent(), menteeNumber)
      assert.match(menteeNumber ?? '', /^(\d{5} ){11}\d{5}$/)
      await expectAccessible(mentor.page, 'objectives (mentor)')
      await screenshot(mentor.page, 'participant-mentor-reads-objective')

      // A session tomorrow at 14:00 is shown at 14:00; marking it held before it happened is refused in words.
      const tomorrow = new Date(Date.now() + 24 * 3600 * 1000)
      const day = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`
      await mentor.page.getByLabel('Date et heure').fill(`${day}T14:00`)
      await mentor.page.getByRole('button', { name: 'Planifier la séance' }).click()
      const session = mentor.page.getByTestId('session').first()
      await session.getByText(/à 14\u00a0h\u00a000/).waitFor()
      await mentor.page.getByRole('button', { name: 'Je confirme la première rencontre' }).click()
      await mentor.page.getByText('Première rencontre confirmée.').waitFor()
      await session.getByRole('button', { name: 'Marquer tenue' }).click()
      await mentor.page.getByText(/La séance n’a pas encore eu lieu/).waitFor()
      assert.equal(await mentor.page.getByText('session_in_future').isVisible(), false)
      await expectAccessible(mentor.page, 'pair space with a refusal')
      await screenshot(mentor.page, 'pair-space-refusal-mentor')

      // The mentee adds an action item for herself.
      await mentee.page.reload() // the vault stays open across reloads of the same tab
      await mentee.page.getByLabel('Action à mener').fill(`Préparer la présentation canari-${Date.now()}`)
      await mentee.page.getByRole('button', { name: 'Ajouter l’action' }).click()
      await mentee.page.getByTestId('action-item').first().waitFor()

      await expectAccessible(mentee.page, 'action plan')
      await screenshot(mentee.page, 'pair-space-mentee')
      assert.deepEqual([...mentor.problems, ...mentee.problems], [])
    } catch (error) {
      await screenshot(mentor.page, 'participant-failure-mentor').catch(() => {})
      await screenshot(mentee.page, 'participant-failure-mentee').catch(() => {})
      throw error
    } finally {
      await mentor.context.close()
      await mentee.context.close()
    }
  })
})
