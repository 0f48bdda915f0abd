/** The API sets `constel_csrf` readable by scripts; refresh and logout echo it in a header. */
export const CSRF_COOKIE = 'constel_csrf'
export const CSRF_HEADER = 'X-CSRF-Token'

export function readCsrfToken(cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='))
  }
  return null
}
