// One live API (fresh database, demo seed) and one headless Chromium per journey file,
// started before its tests and stopped after them.
import { after, before } from 'node:test'
import { startApi } from './api-server.mjs'
import { launchBrowser } from './browser.mjs'

/** Registers the journey's setup and teardown; `api` and `browser` are set once started. */
export function useLiveApp(options) {
  const live = { api: undefined, browser: undefined }
  before(async () => {
    live.api = await startApi(options)
    live.browser = await launchBrowser()
  })
  after(async () => {
    await live.browser?.close()
    await live.api?.stop()
  })
  return live
}
