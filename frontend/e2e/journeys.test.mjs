// Browser journeys against a live API on PostgreSQL: sign in, wrong password,
// TOTP sign-in, sign out, sign out everywhere, language switch, deep-link reload, error page.
import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import * as OTPAuth from 'otpauth'
import { openPage, resetArtifacts, screenshot, expectAccessible } from './support/browser.mjs'
import { useLiveApp } from './support/live-app.mjs'

const PASSWORD = 'E2e-demo-password-2024!'
const ADMIN = 'admin@demo.constel.fr'

before(() => {
  resetArtifacts()
})
const live = useLiveApp({ password: PASSWORD })

/** Opens a page, runs the journey, then checks accessibility, stray errors and saves the last step. */
async function journey(name, steps) {
  const { context, page, problems } = await openPage(live.browser, live.api.url)
  try {
    await steps(page, context)
    await screenshot(page, name)
    assert.deepEqual(problems, [], 'no uncaught error or CSP violation')
  } catch (error) {
    await screenshot(page, `${name}-failure`).catch(() => {})
    throw error
  } finally {
    await context.close()
  }
}

async function expectHeading(page, name) {
  // routes are lazy: the previous page stays on screen until the next one's code and data
  // arrive, so wait for this page's title before comparing it
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor()
  assert.equal(await heading(page), name)
}

async function heading(page) {
  const h1 = page.getByRole('heading', { level: 1 })
  await h1.waitFor()
  return (await h1.textContent())?.trim()
}

async function signIn(page, email, password = PASSWORD) {
  await page.goto('/sign-in')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
}

describe('browser journeys', () => {
  test('sign in as an admin lands on the admin home with the support contact', async () => {
    await journey('sign-in', async (page) => {
      await page.goto('/')
      await page.waitForURL('**/sign-in')
      await expectHeading(page, 'Connexion')
      assert.equal(await page.getAttribute('html', 'lang'), 'fr')
      await expectAccessible(page, 'sign-in')

      await signIn(page, ADMIN)
      await page.waitForURL((url) => url.pathname === '/')
      await expectHeading(page, 'Bonjour Alice')
      await page.getByRole('heading', { name: 'Programmes' }).waitFor()
      await page.getByRole('heading', { name: 'Annuaire' }).waitFor()
      const support = page.getByRole('contentinfo').getByRole('link', { name: /support@/ })
      assert.match((await support.getAttribute('href')) ?? '', /^mailto:support@/)
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
      assert.doesNotMatch(stored, /eyJ/, 'the access token is never stored in web storage')
      await expectAccessible(page, 'admin home')
    })
  })

  test('a member sees their own empty states', async () => {
    await journey('member-home', async (page) => {
      await signIn(page, 'mentee1@demo.constel.fr')
      await page.waitForURL((url) => url.pathname === '/')
      await page.getByRole('heading', { name: 'À faire maintenant' }).waitFor()
      await page.getByRole('heading', { name: 'Votre mentorat' }).waitFor()
      await expectAccessible(page, 'member home')
    })
  })

  test('a wrong password shows a clear message and stays on sign in', async () => {
    await journey('wrong-password', async (page) => {
      await signIn(page, 'mentee2@demo.constel.fr', 'not-the-password')
      const alert = page.getByRole('alert')
      await alert.waitFor()
      assert.equal((await alert.textContent())?.trim(), 'Adresse e-mail ou mot de passe incorrect.')
      assert.equal(new URL(page.url()).pathname, '/sign-in')
      await expectAccessible(page, 'sign-in with error')
    })
  })

  test('TOTP: enable it on my account, then sign in with a code', async () => {
    const email = 'mentee4@demo.constel.fr'
    let totp
    let recoveryCodes = []
    await journey('totp-enable', async (page) => {
      await signIn(page, email)
      await page.waitForURL((url) => url.pathname === '/')
      await page.getByRole('link', { name: 'Mon compte' }).click()
      await expectHeading(page, 'Mon compte')
      await expectAccessible(page, 'account')
      await page.getByRole('button', { name: 'Activer la double authentification' }).click()
      const secret = (await page.getByTestId('totp-secret').textContent())?.trim()
      assert.ok(secret, 'the secret is shown for manual entry')
      await page.getByRole('img', { name: /QR code/ }).waitFor()
      await expectAccessible(page, 'account TOTP setup')
      totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) })
      await page.getByLabel('Code à six chiffres').fill(totp.generate())
      await page.getByRole('button', { name: 'Confirmer l’activation' }).click()
      await page.getByText('La double authentification est activée.', { exact: true }).waitFor()
      const codes = page.getByRole('list', { name: 'Codes de secours' }).getByRole('listitem')
      assert.equal(await codes.count(), 10)
      recoveryCodes = (await codes.allTextContents()).map((c) => c.trim())
      assert.match(recoveryCodes[0], /^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/)
      await expectAccessible(page, 'account recovery codes')
      await page.setViewportSize({ width: 390, height: 844 })
      await screenshot(page, 'totp-recovery-codes-390')
      await page.setViewportSize({ width: 1280, height: 900 })
    })
    await journey('totp-sign-in', async (page) => {
      await signIn(page, email)
      const codeField = page.getByLabel('Code de vérification')
      await codeField.waitFor()
      assert.match((await page.getByRole('status').first().textContent()) ?? '', /code de vérification/)
      await expectAccessible(page, 'sign-in TOTP step')
      // The enabling code used the current time step; the API refuses a step twice, so use the next one.
      await codeField.fill(totp.generate({ timestamp: Date.now() + 30_000 }))
      await page.getByRole('button', { name: 'Se connecter' }).click()
      await page.waitForURL((url) => url.pathname === '/')
      await expectHeading(page, 'Bonjour Julie')
    })
    await journey('totp-recovery-and-off', async (page) => {
      // Phone lost: a recovery code signs in, then another one turns TOTP off.
      await signIn(page, email)
      const codeField = page.getByLabel('Code de vérification')
      await codeField.fill(recoveryCodes[0])
      await page.getByRole('button', { name: 'Se connecter' }).click()
      await page.waitForURL((url) => url.pathname === '/')
      await page.goto('/account')
      await page.getByText('Il vous reste 9 codes de secours.').waitFor()
      await expectAccessible(page, 'account with TOTP on')
      await page.setViewportSize({ width: 390, height: 844 })
      await screenshot(page, 'totp-manage-390')
      await page.setViewportSize({ width: 1280, height: 900 })
      await screenshot(page, 'totp-manage-1280')
      await page.getByLabel('Code de l’application ou code de secours').fill(recoveryCodes[1])
      await page.getByRole('button', { name: 'Désactiver la double authentification' }).click()
      await page.getByText('La double authentification est désactivée.', { exact: true }).waitFor()
      await page.getByRole('button', { name: 'Activer la double authentification' }).waitFor()
    })
  })

  test('sign out ends the session: private pages send back to sign in', async () => {
    await journey('sign-out', async (page) => {
      await signIn(page, 'mentor1@demo.constel.fr')
      await page.waitForURL((url) => url.pathname === '/')
      await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click()
      await page.waitForURL('**/sign-in')
      await page.getByText('Vous êtes déconnecté.').waitFor()
      await page.goto('/account')
      await page.waitForURL('**/sign-in')
      await expectHeading(page, 'Connexion')
      await expectAccessible(page, 'signed out')
    })
  })

  test('sign out everywhere revokes the sessions of other browsers', async () => {
    const other = await openPage(live.browser, live.api.url)
    try {
      await signIn(other.page, 'mentor2@demo.constel.fr')
      await other.page.waitForURL((url) => url.pathname === '/')
      await journey('sign-out-everywhere', async (page) => {
        await signIn(page, 'mentor2@demo.constel.fr')
        await page.waitForURL((url) => url.pathname === '/')
        await page.goto('/account')
        await page.getByRole('button', { name: 'Se déconnecter partout' }).click()
        await page.waitForURL('**/sign-in')
      })
      await other.page.reload()
      await other.page.waitForURL('**/sign-in')
    } finally {
      await other.context.close()
    }
  })

  test('change my password, then sign in with the new one', async () => {
    const email = 'mentor3@demo.constel.fr'
    const newPassword = 'A-brand-new-passphrase-42'
    await journey('change-password', async (page) => {
      await signIn(page, email)
      await page.waitForURL((url) => url.pathname === '/')
      await page.goto('/account')
      await page.getByLabel('Mot de passe actuel').fill(PASSWORD)
      await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(newPassword)
      await page.getByLabel('Confirmez le nouveau mot de passe').fill(newPassword)
      await page.getByRole('button', { name: 'Changer le mot de passe' }).click()
      await page.getByText('Votre mot de passe a été changé.').waitFor()
      await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click()
      await page.waitForURL('**/sign-in')
      await signIn(page, email, newPassword)
      await page.waitForURL((url) => url.pathname === '/')
      await expectHeading(page, 'Bonjour Sophie')
    })
  })

  test('the language switch turns the interface to English and remembers it', async () => {
    await journey('language-switch', async (page) => {
      await page.goto('/sign-in')
      await expectHeading(page, 'Connexion')
      await page.getByLabel('Langue').selectOption('en')
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor()
      assert.equal(await page.getAttribute('html', 'lang'), 'en')
      await page.reload()
      await expectHeading(page, 'Sign in')
      await page.getByLabel('Email address').fill(ADMIN)
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('heading', { level: 1, name: 'Hello Alice' }).waitFor()
      await expectAccessible(page, 'home in English')
    })
  })

  test('reloading a deep link keeps the session through the refresh cookie', async () => {
    await journey('deep-link-reload', async (page, context) => {
      await signIn(page, 'mentee3@demo.constel.fr')
      await page.waitForURL((url) => url.pathname === '/')
      await page.goto('/account')
      await expectHeading(page, 'Mon compte')
      const cookies = await context.cookies()
      const refresh = cookies.find((c) => c.name === 'constel_refresh')
      assert.ok(refresh?.httpOnly, 'the refresh cookie is HttpOnly')
      assert.equal(refresh?.sameSite, 'Strict')
      assert.equal(refresh?.path, '/api/v1/auth')
      await page.reload()
      assert.equal(new URL(page.url()).pathname, '/account')
      await expectHeading(page, 'Mon compte')
      await page.getByText('mentee3@demo.constel.fr').waitFor()
    })
  })

  test('an unknown address shows the error page', async () => {
    await journey('not-found', async (page) => {
      await page.goto('/nulle-part')
      await expectHeading(page, 'Page introuvable')
      await expectAccessible(page, 'error page')
    })
  })
})
