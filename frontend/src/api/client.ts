import createClient from 'openapi-fetch'
import type { paths } from './generated/schema'
import { CSRF_HEADER, readCsrfToken } from './csrf'
import { toProblemError } from './problem'
import { endSession, getAccessToken, setAccessToken } from './token'

const AUTH_PATHS = [
  '/api/v1/auth/login',
  '/api/v1/auth/refresh',
  '/api/v1/auth/logout',
  '/api/v1/auth/sso/logout',
  '/api/v1/auth/discover',
]

let inflightRefresh: Promise<boolean> | null = null

/**
 * Exchanges the HttpOnly refresh cookie for a new access token.
 * Concurrent callers share one request: the API rotates the refresh token, so a
 * second parallel refresh would present an already-used token.
 */
export function refreshSession(): Promise<boolean> {
  inflightRefresh ??= (async () => {
    try {
      const csrf = readCsrfToken()
      if (!csrf) return false
      const response = await globalThis.fetch('/api/v1/auth/refresh', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { [CSRF_HEADER]: csrf, Accept: 'application/json' },
      })
      if (!response.ok) {
        if (getAccessToken()) endSession('expired')
        return false
      }
      const body = (await response.json()) as { access_token: string }
      setAccessToken(body.access_token)
      return true
    } catch {
      return false
    } finally {
      inflightRefresh = null
    }
  })()
  return inflightRefresh
}

function withAuth(request: Request): Request {
  const token = getAccessToken()
  if (token) request.headers.set('Authorization', `Bearer ${token}`)
  return request
}

/**
 * Adds the bearer token and, on a 401 outside the auth endpoints, renews the
 * session once through the refresh cookie and replays the request.
 */
export async function authFetch(input: Request): Promise<Response> {
  const retry = input.clone()
  const response = await globalThis.fetch(withAuth(input))
  const path = new URL(input.url, window.location.origin).pathname
  if (response.status !== 401 || AUTH_PATHS.includes(path)) return response
  if (!(await refreshSession())) return response
  return globalThis.fetch(withAuth(retry))
}

export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  fetch: authFetch,
})

type Result<T> = { data?: T; error?: unknown; response: Response }

/** Returns the payload of a successful call or throws the API's problem as a ProblemError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.response.ok) return result.data as T
  throw toProblemError(result.error, result.response)
}

/** For 204 endpoints: throws on error, returns nothing. */
export function ensureOk(result: Result<unknown>): void {
  if (!result.response.ok) throw toProblemError(result.error, result.response)
}
