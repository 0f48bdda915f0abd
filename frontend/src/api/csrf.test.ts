import { readCsrfToken } from './csrf'

describe('readCsrfToken', () => {
  it('finds the CSRF cookie among others', () => {
    expect(readCsrfToken('a=1; constel_csrf=abc-123_x; b=2')).toBe('abc-123_x')
  })
  it('returns null when the cookie is absent', () => {
    expect(readCsrfToken('a=1; constel_csrf_other=zzz')).toBeNull()
    expect(readCsrfToken('')).toBeNull()
  })
  it('keeps "=" inside the value', () => {
    expect(readCsrfToken('constel_csrf=a=b')).toBe('a=b')
  })
})
