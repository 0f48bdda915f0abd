import { afterEach, vi } from 'vitest'

// The crypto module's tests run in the node environment, with no DOM: everything
// below serves the component tests only.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest')
  const { cleanup, configure } = await import('@testing-library/react')
  // findBy* waits up to 5 s (default 1 s) so a busy CI machine does not fail a correct screen.
  configure({ asyncUtilTimeout: 5000 })
  const { default: i18n, i18nReady, loadLanguage } = await import('@/i18n')
  await i18nReady
  await loadLanguage('en')
  const { setAccessToken } = await import('@/api/token')

  afterEach(async () => {
    cleanup()
    vi.unstubAllGlobals()
    setAccessToken(null)
    window.localStorage.clear()
    document.cookie = 'constel_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
    await i18n.changeLanguage('fr')
  })
}
