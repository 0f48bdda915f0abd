// "Mot de passe oublié ?" against a live API, a real worker and an SMTP catch-all:
// mentee3 asks for a link, the e-mail arrives in the catch-all, the link opens the page
// that says the vault is untouched, the new password is saved, the old one no longer
// signs in and the new one does. Screenshots at 390×844 and 1280×900.
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, test } from 'node:test'
import { expectAccessible, openPage, screenshot } from './support/browser.mjs'
import { useLiveApp } from './support/live-app.mjs'

const PASSWORD = 'E2e-demo-password-2024!'
const NEW_PASSWORD = 'Un nouveau mot de passe 2025'
const MENTEE = 'mentee3@demo.constel.fr'

const live = useLiveApp({ password: PASSWORD, mail: true })

/** Waits for the catch-all's readable copy of a message to this address. */
async function waitForMail(to, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    for (const name of (await readdir(live.api.mailDir)).filter((n) => n.endsWith('.txt'))) {
      const text = await readFile(resolve(live.api.mailDir, name), 'utf8')
      if (text.includes(`To: `) && text.includes(to)) return text
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`no e-mail to ${to} after ${timeoutMs} ms`)
}

describe('forgotten password', () => {
  test('asks for a link, receives it, chooses a new password, signs in', async () => {
    const { context, page, problems } = await openPage(live.browser, live.api.url)
    await page.goto('/sign-in')
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click()
    await page.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor()
    await expectAccessible(page, 'forgot password')
    await page.getByLabel('Adresse e-mail').fill(MENTEE)
    await page.getByRole('button', { name: 'Recevoir le lien' }).click()
    await page.getByText('Si un compte Constel utilise cette adresse').waitFor()
    await screenshot(page, 'password-reset-1-requested-desktop')
    await page.setViewportSize({ width: 390, height: 844 })
    await screenshot(page, 'password-reset-1-requested-mobile')
    await page.setViewportSize({ width: 1280, height: 900 })

    const mail = await waitForMail(MENTEE)
    assert.match(mail, /Subject: Réinitialiser votre mot de passe/)
    assert.match(mail, /coffre/)
    const link = mail.match(/(http:\/\/127\.0\.0\.1:\d+\/reset-password\?token=[A-Za-z0-9_-]+)/)
    assert.ok(link, mail)

    await page.goto(link[1])
    await page.getByRole('heading', { name: 'Choisir un nouveau mot de passe' }).waitFor()
    await page.getByText('réinitialiser le mot de passe n’ouvre jamais votre coffre').waitFor()
    await expectAccessible(page, 'reset password')
    await page.setViewportSize({ width: 390, height: 844 })
    await screenshot(page, 'password-reset-2-choose-mobile')
    await page.setViewportSize({ width: 1280, height: 900 })
    await screenshot(page, 'password-reset-2-choose-desktop')
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD)
    await page.getByLabel('Confirmer le nouveau mot de passe').fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
    await page.getByText('Votre mot de passe est enregistré').waitFor()
    await screenshot(page, 'password-reset-3-done-desktop')

    await page.getByLabel('Adresse e-mail').fill(MENTEE)
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor()
    await page.getByLabel('Mot de passe', { exact: true }).fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByRole('button', { name: /^Notifications/ }).waitFor()
    await page.getByRole('button', { name: /^Notifications/ }).click()
    await page.getByRole('region', { name: 'Notifications' }).waitFor()
    await expectAccessible(page, 'notifications panel')
    await screenshot(page, 'password-reset-4-signed-in-bell-desktop')
    await page.setViewportSize({ width: 390, height: 844 })
    await screenshot(page, 'password-reset-4-signed-in-bell-mobile')

    // The link works once.
    const again = await fetch(`${live.api.url}/api/v1/auth/password-reset/confirm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: new URL(link[1]).searchParams.get('token'), new_password: 'x'.repeat(16) }),
    })
    assert.equal(again.status, 400)
    assert.deepEqual(problems, [])
    await context.close()
  })
})
