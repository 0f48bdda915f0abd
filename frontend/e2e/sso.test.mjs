// Single sign-on in a real browser against a real OpenID provider (oidc-provider, from
// tests/sso/provider) on loopback: the admin configures the provider on its screen, a
// mentee types her e-mail, is sent to the provider's login page, signs in there and lands
// on her Constel home; an address outside the organisation's domains gets the French
// refusal page. Screenshots at 390×844 and 1280×900.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { after, before, describe, test } from 'node:test'
import { repoDir } from './support/api-server.mjs'
import { expectAccessible, openPage, screenshot } from './support/browser.mjs'
import { useLiveApp } from './support/live-app.mjs'

const PASSWORD = 'E2e-demo-password-2024!'
const ADMIN = 'admin@demo.constel.fr'
const MENTEE = 'mentee1@demo.constel.fr'
const CLIENT_ID = 'constel-e2e'
const CLIENT_SECRET = 'e2e-client-secret-value'

const live = useLiveApp({ password: PASSWORD })
const provider = { issuer: undefined, process: undefined }

/** Starts the test provider with the people who can sign in there; resolves its issuer. */
function startProvider() {
  const dir = mkdtempSync(resolve(tmpdir(), 'constel-e2e-idp-'))
  const config = resolve(dir, 'accounts.json')
  writeFileSync(
    config,
    JSON.stringify({
      accounts: {
        mentee1: { sub: 'mentee1-sub', password: 'idp-password', amr: ['pwd'], claims: { email: MENTEE, email_verified: true } },
        outsider: { sub: 'outsider-sub', password: 'idp-password', amr: ['pwd'], claims: { email: 'someone@ailleurs.example' } },
      },
    }),
  )
  const child = spawn('node', ['server.mjs', config], {
    cwd: resolve(repoDir, 'tests/sso/provider'),
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  provider.process = child
  return new Promise((resolveIssuer, reject) => {
    const lines = createInterface({ input: child.stdout })
    lines.on('line', (line) => {
      if (line.startsWith('{')) resolveIssuer(JSON.parse(line).issuer)
    })
    child.on('exit', (code) => reject(new Error(`test provider exited with ${code}`)))
  })
}

async function registerClient(apiUrl) {
  const response = await fetch(`${provider.issuer}/__test/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${apiUrl}/api/v1/auth/sso/callback`],
          post_logout_redirect_uris: [`${apiUrl}/sign-in`],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
    }),
  })
  assert.equal(response.status, 200)
}

async function bothSizes(page, name) {
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, `${name}-mobile`)
  await page.setViewportSize({ width: 1280, height: 900 })
  await screenshot(page, `${name}-desktop`)
}

before(async () => {
  provider.issuer = await startProvider()
})
after(() => {
  provider.process?.kill('SIGTERM')
})

describe('single sign-on', () => {
  test('the admin sets the provider up; a mentee signs in through its login page', async () => {
    const { context, page, problems } = await openPage(live.browser, live.api.url)
    try {
      await page.goto('/sign-in')
      await page.getByLabel('Adresse e-mail').fill(ADMIN)
      await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD)
      await page.getByRole('button', { name: 'Se connecter' }).click()
      await page.waitForURL((url) => url.pathname === '/')

      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Connexion unique' }).click()
      await page.getByRole('heading', { level: 1, name: 'Connexion unique (SSO)' }).waitFor()
      await page.getByText('La connexion unique n’est pas encore configurée').waitFor()
      await expectAccessible(page, 'sso settings (empty)')
      await bothSizes(page, 'sso-1-settings-empty')

      await page.getByLabel('Activer la connexion unique').check()
      await page.getByLabel('Adresse de l’émetteur (issuer)').fill(provider.issuer)
      await page.getByLabel('Identifiant du client').fill(CLIENT_ID)
      await page.getByLabel('Secret du client').fill(CLIENT_SECRET)
      await page.getByLabel('Domaines de messagerie autorisés').fill('demo.constel.fr')
      await page.getByRole('button', { name: 'Enregistrer' }).click()
      await page.getByText('La page de connexion envoie désormais vos collaborateurs vers votre fournisseur.').waitFor()
      await page.getByText(`${live.api.url}/api/v1/auth/sso/callback`).waitFor()
      await page.getByText('Un secret est enregistré (chiffré)').waitFor()
      assert.equal(await page.getByText(CLIENT_SECRET).count(), 0, 'the secret is never shown')
      await expectAccessible(page, 'sso settings (saved)')
      await bothSizes(page, 'sso-2-settings-saved')
      await registerClient(live.api.url)

      await page.getByRole('button', { name: 'Se déconnecter' }).click()
      await page.waitForURL('**/sign-in')

      // Home-realm discovery: her address belongs to the organisation's domain.
      await page.getByLabel('Adresse e-mail').fill(MENTEE)
      await page.getByLabel('Adresse e-mail').press('Tab')
      const go = page.getByRole('button', { name: 'Continuer avec le compte de mon organisation' })
      await go.waitFor()
      await page.getByText('Cette connexion ne déverrouille pas votre coffre').waitFor()
      assert.equal(await page.getByLabel('Mot de passe', { exact: true }).count(), 0)
      await expectAccessible(page, 'sign-in (sso)')
      await bothSizes(page, 'sso-3-sign-in-realm')

      await go.click()
      await page.waitForURL((url) => url.origin === provider.issuer)
      await page.getByLabel('Username').fill('mentee1')
      await page.getByLabel('Password').fill('idp-password')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.waitForURL((url) => url.origin === live.api.url && url.pathname === '/')
      await page.getByRole('heading', { name: 'À faire maintenant' }).waitFor()
      await bothSizes(page, 'sso-4-home-after-sso')
      assert.deepEqual(problems, [], 'no uncaught error or CSP violation')
    } finally {
      await context.close()
    }
  })

  test('an address outside the organisation’s domains gets a French refusal page', async () => {
    const { context, page } = await openPage(live.browser, live.api.url)
    try {
      await page.goto('/api/v1/auth/sso/start?organisation=demo')
      await page.waitForURL((url) => url.origin === provider.issuer)
      await page.getByLabel('Username').fill('outsider')
      await page.getByLabel('Password').fill('idp-password')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('heading', { name: 'Connexion impossible' }).waitFor()
      await page.getByText('Votre adresse e-mail n’appartient pas aux domaines autorisés').waitFor()
      assert.equal(await page.getByText('sso_domain_not_allowed').count(), 0)
      await expectAccessible(page, 'sso refusal page')
      await bothSizes(page, 'sso-5-refusal')
      await page.getByRole('link', { name: 'Revenir à la page de connexion' }).click()
      await page.waitForURL('**/sign-in')
    } finally {
      await context.close()
    }
  })
})
