// The vault in the browser (protocol 1.1, issue 13) against a live API on PostgreSQL:
// first set-up with the recovery key kept and checked; a reload stays unlocked; the trust
// page (safety number in digits and QR code, "Marquer comme vérifié"); the mentee's key
// swapped in the database as a compromised server would — a fresh browser that loads its
// keyring shows the banner and cannot write until the change is accepted; auto-lock after
// inactivity (shortened through the test hook); recovery with the recovery key and a new
// passphrase.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { after, describe, test } from 'node:test'
import { openPage, screenshot, expectAccessible } from './support/browser.mjs'
import { repoDir } from './support/api-server.mjs'
import { useLiveApp } from './support/live-app.mjs'

const PASSWORD = 'E2e-demo-password-2024!'
const MENTOR_PHRASE = 'phrase du coffre de Claire'
const MENTEE_PHRASE = 'phrase du coffre de Lucas'
const NEW_PHRASE = 'nouvelle phrase de Claire après secours'

// Our own database, so the test can change rows as a compromised server would.
const DB = `constel_e2e_vault_${Date.now()}_${process.pid}`
const psql = (sql, db = 'postgres') =>
  execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', db, '-v', 'ON_ERROR_STOP=1', '-tAc', sql], { encoding: 'utf-8' }).trim()
if (!process.env.CONSTEL_E2E_DATABASE_URL) {
  psql(`create database ${DB}`)
  process.env.CONSTEL_E2E_DATABASE_URL = `postgresql+asyncpg://postgres@127.0.0.1:5432/${DB}`
  after(() => psql(`drop database if exists ${DB} with (force)`))
}
const dbName = () => process.env.CONSTEL_E2E_DATABASE_URL.split('/').pop()
const sql = (text) => psql(text, dbName())

const live = useLiveApp({ password: PASSWORD })

async function both(page, name) {
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, `${name}-390`)
  await page.setViewportSize({ width: 1280, height: 900 })
  await screenshot(page, `${name}-1280`)
}

async function signIn(page, email) {
  await page.goto('/sign-in')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.getByRole('link', { name: 'Mes mentorats', exact: true }).waitFor()
}

/** First set-up: plain-words explanation, passphrase, recovery key (copy, .txt, check). */
async function setUpVault(page, passphrase, { shots = false } = {}) {
  await page.getByRole('link', { name: 'Mon coffre chiffré' }).click()
  await page.getByRole('heading', { name: 'Créer mon coffre' }).waitFor()
  await page.getByText(/votre organisation ne le peut pas/).waitFor()
  await page.getByText(/le contenu chiffré est perdu, définitivement/).waitFor()
  await expectAccessible(page, 'vault setup')
  if (shots) await both(page, 'vault-setup')
  await page.getByLabel('Phrase secrète du coffre', { exact: true }).fill(passphrase)
  await page.getByLabel('Confirmez la phrase secrète').fill(passphrase)
  await page.getByRole('button', { name: 'Créer mon coffre' }).click()
  const key = page.getByTestId('recovery-key')
  await key.waitFor({ timeout: 30_000 })
  const recoveryKey = (await key.textContent()) ?? ''
  assert.match(recoveryKey, /^CR1(-[0-9A-Z]{4}){14}$/)
  await expectAccessible(page, 'recovery key')
  if (shots) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger (.txt)' }).click()])
    assert.equal(download.suggestedFilename(), 'constel-cle-de-secours.txt')
    const text = execFileSync('cat', [await download.path()], { encoding: 'utf-8' })
    assert.ok(text.includes(recoveryKey), 'the .txt holds the recovery key')
    await page.getByRole('button', { name: 'Imprimer' }).waitFor()
    // A wrong last group is refused next to the field.
    await page.getByLabel(/saisissez le dernier groupe/).fill('0000')
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByText('Ce n’est pas le dernier groupe de votre clé').waitFor()
    await both(page, 'vault-recovery-key')
  }
  await page.getByLabel(/saisissez le dernier groupe/).fill(recoveryKey.slice(-4).toLowerCase())
  await page.getByRole('button', { name: 'Continuer' }).click()
  await page.getByTestId('recovery-key').waitFor({ state: 'detached' })
  return recoveryKey
}

async function acceptAndSign(page) {
  await page.getByRole('link', { name: 'Accueil' }).click()
  await page.getByRole('link', { name: 'Voir la proposition' }).click()
  await page.getByTestId('partner-profile').waitFor()
  await page.getByRole('button', { name: 'Accepter' }).click()
  await page.getByRole('button', { name: 'Accepter' }).waitFor({ state: 'detached' })
  await page.getByRole('button', { name: 'Je signe' }).click()
  await page.getByRole('button', { name: 'Je signe' }).waitFor({ state: 'detached' })
}

async function unlock(page, passphrase) {
  await page.getByRole('link', { name: 'Ouvrir mon coffre' }).click()
  await page.getByLabel('Phrase secrète du coffre').fill(passphrase)
  await page.getByRole('button', { name: 'Déverrouiller' }).click()
}

describe('the vault in the browser', () => {
  test('set-up, reload, trust page, changed key banner, auto-lock, recovery', async () => {
    const mentor = await openPage(live.browser, live.api.url)
    const mentee = await openPage(live.browser, live.api.url)
    let fresh = null
    try {
      await signIn(mentee.page, 'mentee1@demo.constel.fr')
      await setUpVault(mentee.page, MENTEE_PHRASE)
      await acceptAndSign(mentee.page)
      await signIn(mentor.page, 'mentor1@demo.constel.fr')
      const recoveryKey = await setUpVault(mentor.page, MENTOR_PHRASE, { shots: true })
      await acceptAndSign(mentor.page)
      const pairUrl = new URL(mentor.page.url()).pathname

      // The pair key is made by the mentor (both have keys now); a reload keeps the vault open.
      await mentor.page.getByTestId('safety-number').waitFor({ timeout: 30_000 })
      await mentor.page.reload()
      await mentor.page.getByTestId('safety-number').waitFor({ timeout: 30_000 })
      assert.equal(await mentor.page.getByRole('link', { name: 'Ouvrir mon coffre' }).count(), 0, 'no unlock after a reload')
      const keyringRows = sql(`select k.version from vault_keyrings k join people p on p.id = k.person_id where p.email = 'mentor1@demo.constel.fr'`)
      assert.ok(Number(keyringRows) >= 1, 'the mentee’s pinned key is saved in the mentor’s keyring')

      // Trust page: digits in groups, the QR code of the spec, "Marquer comme vérifié".
      await mentor.page.getByRole('link', { name: /Vérifier la sécurité avec/ }).click()
      await mentor.page.getByTestId('safety-digits').waitFor()
      const digits = ((await mentor.page.getByTestId('safety-digits').textContent()) ?? '').replace(/\s/g, '')
      assert.match(digits, /^\d{60}$/)
      assert.equal(await mentor.page.getByTestId('safety-digits').locator('span').count(), 12)
      assert.equal(await mentor.page.getByTestId('safety-qr').locator('svg').count(), 1)
      await mentor.page.getByLabel(/Numéro reçu de/).fill(`constel-sn:1:${digits}`)
      await mentor.page.getByRole('button', { name: 'Comparer' }).click()
      await mentor.page.getByText('Les numéros sont identiques.').waitFor()
      await mentor.page.getByRole('button', { name: 'Marquer comme vérifié' }).click()
      await mentor.page.getByText(/^Vérifié le /).waitFor()
      await expectAccessible(mentor.page, 'trust page')
      await both(mentor.page, 'vault-trust-verified')

      // A compromised server swaps the mentee's published key for one of its own (validly self-signed).
      const menteeId = sql(`select id from people where email = 'mentee1@demo.constel.fr'`)
      const fake = execFileSync(
        resolve(repoDir, '.venv/bin/python'),
        ['-c', `import os,sys; from constel_client.crypto import identity_from_seeds as f; b=f(sys.argv[1],1,os.urandom(32),os.urandom(32)).bundle(); print(b.x_pk.hex(), b.ed_pk.hex(), b.self_sig.hex())`, menteeId],
        { encoding: 'utf-8' },
      ).trim().split(' ')
      sql(`update vault_bundles set x_pk = '\\x${fake[0]}', ed_pk = '\\x${fake[1]}', self_sig = '\\x${fake[2]}' where person_id = '${menteeId}'`)

      // A fresh browser (no local copy, nothing in memory): the keyring from the server catches it.
      fresh = await openPage(live.browser, live.api.url)
      const page = fresh.page
      await signIn(page, 'mentor1@demo.constel.fr')
      await page.goto(pairUrl)
      await unlock(page, MENTOR_PHRASE)
      const banner = page.getByTestId('key-change-banner')
      await banner.waitFor({ timeout: 30_000 })
      await banner.getByText('Par précaution, vous ne pouvez plus rien écrire').waitFor()
      await expectAccessible(page, 'key change banner')
      await both(page, 'vault-key-changed-banner')
      const before = sql(`select count(*) from vault_records`)
      await page.getByLabel('Intitulé de l’objectif').fill('Écrit pendant le changement de clé')
      await page.getByRole('button', { name: 'Ajouter l’objectif' }).click()
      await page.getByRole('alert').filter({ hasText: /erreur|réessayez/i }).first().waitFor()
      assert.equal(sql(`select count(*) from vault_records`), before, 'nothing written while the change waits')

      await banner.getByRole('link', { name: 'Comparer' }).click()
      await page.getByTestId('new-safety-number').waitFor()
      await both(page, 'vault-trust-changed')
      await page.getByRole('link', { name: 'Retour à l’espace binôme' }).click()
      await page.getByTestId('key-change-banner').getByRole('button', { name: 'Accepter la nouvelle clé' }).click()
      await page.getByRole('alertdialog').getByRole('button', { name: 'Accepter la nouvelle clé' }).click()
      await page.getByTestId('key-change-banner').waitFor({ state: 'detached' })
      await page.getByRole('link', { name: /Vérifier la sécurité avec/ }).waitFor()
      await page.getByLabel('Intitulé de l’objectif').fill('Écrit après acceptation')
      await page.getByRole('button', { name: 'Ajouter l’objectif' }).click()
      await page.getByText('Écrit après acceptation').waitFor({ timeout: 30_000 })
      assert.equal(Number(sql(`select count(*) from vault_records`)), Number(before) + 1)
      const format = sql(`select format from vault_records order by created_at desc limit 1`)
      assert.equal(format, '2', 'records are written as protocol 1.1')

      // Auto-lock after inactivity (shortened through the test hook, never a 15-minute wait).
      await page.addInitScript(() => {
        const ms = sessionStorage.getItem('e2e.vaultIdleMs')
        if (ms) window.__constelVaultIdleMs = Number(ms)
      })
      await page.evaluate(() => sessionStorage.setItem('e2e.vaultIdleMs', '4000'))
      await page.keyboard.press('Shift') // activity just before the reload: the tab's session is fresh
      await page.reload()
      await page.getByLabel('Intitulé de l’objectif').waitFor({ timeout: 30_000 })
      await page.getByRole('link', { name: 'Ouvrir mon coffre' }).waitFor({ timeout: 15_000 })
      await page.getByRole('link', { name: 'Ouvrir mon coffre' }).click()
      await page.getByText('Votre coffre s’est verrouillé après 15 minutes sans activité').waitFor()
      await expectAccessible(page, 'vault locked after inactivity')
      await both(page, 'vault-idle-locked')
      await page.evaluate(() => sessionStorage.removeItem('e2e.vaultIdleMs'))
      await page.reload()
      await page.getByRole('heading', { name: 'Déverrouiller mon coffre' }).waitFor() // the reload does not reopen it

      // Recovery with the recovery key, then a new passphrase.
      await page.getByRole('button', { name: 'Utiliser ma clé de secours' }).click()
      await page.getByLabel('Clé de secours (CR1-…)').fill(recoveryKey)
      await page.getByRole('button', { name: 'Déverrouiller' }).click()
      await page.getByRole('heading', { name: 'Choisissez une nouvelle phrase secrète' }).waitFor({ timeout: 30_000 })
      await both(page, 'vault-recovered')
      await page.getByLabel('Nouvelle phrase secrète', { exact: true }).fill(NEW_PHRASE)
      await page.getByLabel('Confirmez la nouvelle phrase secrète').fill(NEW_PHRASE)
      await page.getByRole('button', { name: 'Enregistrer la nouvelle phrase secrète' }).click()
      await page.getByText('C’est fait : votre nouvelle phrase secrète ouvrira désormais votre coffre.').waitFor({ timeout: 30_000 })
      await expectAccessible(page, 'vault open, passphrase changed')
      await page.getByRole('button', { name: 'Verrouiller maintenant' }).click()
      await page.getByLabel('Phrase secrète du coffre').fill(NEW_PHRASE)
      await page.getByRole('button', { name: 'Déverrouiller' }).click()
      await page.getByLabel('Intitulé de l’objectif').waitFor({ timeout: 30_000 }) // back to the pair space, open
      assert.deepEqual([...mentor.problems, ...mentee.problems, ...fresh.problems], [])
    } catch (error) {
      await screenshot(mentor.page, 'vault-failure-mentor').catch(() => {})
      if (fresh) await screenshot(fresh.page, 'vault-failure-fresh').catch(() => {})
      throw error
    } finally {
      await mentor.context.close()
      await mentee.context.close()
      await fresh?.context.close()
    }
  })
})
