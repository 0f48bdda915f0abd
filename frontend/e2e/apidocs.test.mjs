// The API documentation at /api/docs, served by the app itself: with every request that
// leaves the app refused (as in a deployment without Internet) and under the app's CSP,
// Swagger UI lists the operations, takes a bearer token through "Authorize" and calls
// GET /api/v1/me with it. Screenshots at 390×844 and 1280×900.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { openPage, screenshot } from './support/browser.mjs'
import { useLiveApp } from './support/live-app.mjs'

const PASSWORD = 'E2e-demo-password-2024!'
const MENTEE = 'mentee3@demo.constel.fr'

const live = useLiveApp({ password: PASSWORD })

describe('API documentation', () => {
  test('lists the operations and authorizes with a bearer token, offline', async () => {
    const { context, page, problems } = await openPage(live.browser, live.api.url)
    const outside = []
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(live.api.url)) return route.continue()
      outside.push(url)
      return route.abort()
    })

    const login = await fetch(`${live.api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: MENTEE, password: PASSWORD }),
    })
    assert.equal(login.status, 200)
    const { access_token: token } = await login.json()

    const response = await page.goto('/api/docs')
    // The app's own policy, unchanged for the documentation: no inline script, no eval.
    const scriptSrc = response.headers()['content-security-policy'].split(';').map((d) => d.trim())
      .find((d) => d.startsWith('script-src'))
    assert.equal(scriptSrc, "script-src 'self' 'wasm-unsafe-eval'")
    // One section per domain, folded; the document behind them holds every operation.
    const tags = page.locator('.opblock-tag')
    // Rendering the ~150 operations' document takes a while on a loaded machine.
    await tags.filter({ hasText: 'mentorships' }).first().waitFor({ timeout: 120_000 })
    const names = (await tags.allInnerTexts()).map((t) => t.split('\n')[0].trim())
    for (const tag of ['auth', 'programs', 'mentorships', 'vault', 'metrics']) {
      assert.ok(names.includes(tag), `${tag} not in ${names}`)
    }
    const operations = await page.evaluate(() => window.ui.specSelectors.operations().size)
    assert.ok(operations > 140, `only ${operations} operations`)
    await tags.filter({ hasText: /^auth/ }).first().click()
    await page.locator('#operations-auth-getMe').waitFor()
    await screenshot(page, 'apidocs-1-operations-desktop')
    await page.setViewportSize({ width: 390, height: 844 })
    await screenshot(page, 'apidocs-1-operations-mobile')
    await page.setViewportSize({ width: 1280, height: 900 })

    await page.getByRole('button', { name: /Authorize/ }).first().click()
    const dialog = page.locator('.modal-ux')
    await dialog.waitFor()
    const personToken = dialog.locator('.auth-container').filter({ hasText: 'personToken' })
    await personToken.locator('input').fill(token)
    await personToken.locator('button:text-is("Authorize")').click()
    await personToken.locator('button:text-is("Logout")').waitFor()
    await screenshot(page, 'apidocs-2-authorized-desktop')
    await dialog.locator('button.close-modal').click()

    const me = page.locator('#operations-auth-getMe')
    await me.locator('.opblock-summary').click()
    await me.locator('button.try-out__btn').click()
    await me.locator('button.execute').click()
    const status = me.locator('.live-responses-table .response-col_status').first()
    await status.waitFor()
    assert.equal((await status.innerText()).trim(), '200')
    await me.locator('.live-responses-table').getByText(MENTEE).first().waitFor()
    await screenshot(page, 'apidocs-3-called-desktop')
    await page.setViewportSize({ width: 390, height: 844 })
    await screenshot(page, 'apidocs-3-called-mobile')

    assert.deepEqual(outside, [], 'the documentation reached outside the app')
    assert.deepEqual(problems, [])
    await context.close()
  })
})
