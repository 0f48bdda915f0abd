// Debian's Chromium driven by playwright-core, with axe-core checks and screenshots.
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { frontendDir } from './api-server.mjs'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
export const artifactsDir = resolve(frontendDir, 'e2e/artifacts')

/** Starts from an empty artifacts folder so every screenshot belongs to this run. */
export function resetArtifacts() {
  rmSync(artifactsDir, { recursive: true, force: true })
  mkdirSync(artifactsDir, { recursive: true })
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}

/**
 * A fresh browser context (own cookies and storage) whose page records uncaught
 * errors and CSP violations, so a journey fails on them.
 */
export async function openPage(browser, baseURL) {
  const context = await browser.newContext({ baseURL, locale: 'fr-FR', viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const problems = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      problems.push(`CSP: ${message.text()}`)
    }
  })
  return { context, page, problems }
}

/** Runs axe-core in the page; returns serious and critical violations only. */
export async function seriousViolations(page, selector) {
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(`${axeSource}\n;void 0`)
  return page.evaluate(async (within) => {
    const scope = within ? document.querySelector(within) : document
    const result = await globalThis.axe.run(scope, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }))
  }, selector ?? null)
}

/** Fails the journey when axe-core finds a serious or critical violation on the page (or within `selector`). */
export async function expectAccessible(page, where, selector) {
  assert.deepEqual(await seriousViolations(page, selector), [], `axe-core: serious/critical violations on ${where}`)
}

export async function screenshot(page, name) {
  mkdirSync(artifactsDir, { recursive: true })
  await page.screenshot({ path: resolve(artifactsDir, `${name}.png`), fullPage: true })
}
