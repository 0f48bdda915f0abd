import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import i18n from '@/i18n'
import { setAccessToken } from '@/api/token'

afterEach(async () => {
  cleanup()
  vi.unstubAllGlobals()
  setAccessToken(null)
  window.localStorage.clear()
  document.cookie = 'constel_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  await i18n.changeLanguage('fr')
})
