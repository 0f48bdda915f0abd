import { demoMe, json, problem, stubFetch } from '@/test/fetch'
import { api, refreshSession } from './client'
import { getAccessToken, sessionEndReason, setAccessToken } from './token'

const tokens = (access: string) => ({ access_token: access, token_type: 'bearer', expires_in: 600, csrf_token: 'c' })

describe('API client session handling', () => {
  beforeEach(() => {
    document.cookie = 'constel_csrf=csrf-1; path=/'
  })

  it('sends the in-memory access token as a bearer token', async () => {
    setAccessToken('token-a')
    const { calls } = stubFetch({ 'GET /api/v1/me': () => json(demoMe) })
    const { data } = await api.GET('/api/v1/me')
    expect(data?.email).toBe(demoMe.email)
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer token-a')
  })

  it('on a 401 renews the session once with the CSRF header, then replays the request', async () => {
    setAccessToken('expired')
    const { calls } = stubFetch({
      'GET /api/v1/me': (request) =>
        request.headers.get('Authorization') === 'Bearer fresh' ? json(demoMe) : problem(401, 'invalid_token'),
      'POST /api/v1/auth/refresh': () => json(tokens('fresh')),
    })
    const { data } = await api.GET('/api/v1/me')
    expect(data?.given_name).toBe('Alice')
    expect(getAccessToken()).toBe('fresh')
    const refresh = calls.filter((c) => c.url.endsWith('/auth/refresh'))
    expect(refresh).toHaveLength(1)
    expect(refresh[0]?.headers.get('X-CSRF-Token')).toBe('csrf-1')
  })

  it('shares one refresh between concurrent 401s (the refresh token rotates)', async () => {
    setAccessToken('expired')
    const { calls } = stubFetch({
      'GET /api/v1/me': (request) =>
        request.headers.get('Authorization') === 'Bearer fresh' ? json(demoMe) : problem(401, 'invalid_token'),
      'POST /api/v1/auth/refresh': async () => {
        await new Promise((r) => setTimeout(r, 10))
        return json(tokens('fresh'))
      },
    })
    const results = await Promise.all([api.GET('/api/v1/me'), api.GET('/api/v1/me'), api.GET('/api/v1/me')])
    expect(results.every((r) => r.data?.id === demoMe.id)).toBe(true)
    expect(calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1)
  })

  it('ends the session as expired when the refresh is refused, without looping', async () => {
    setAccessToken('expired')
    const { calls } = stubFetch({
      'GET /api/v1/me': () => problem(401, 'invalid_token'),
      'POST /api/v1/auth/refresh': () => problem(401, 'invalid_refresh_token'),
    })
    const { error, response } = await api.GET('/api/v1/me')
    expect(response.status).toBe(401)
    expect(error).toMatchObject({ code: 'invalid_token' })
    expect(getAccessToken()).toBeNull()
    expect(sessionEndReason()).toBe('expired')
    expect(calls).toHaveLength(2)
  })

  it('never refreshes on a failed sign-in', async () => {
    const { calls } = stubFetch({ 'POST /api/v1/auth/login': () => problem(401, 'invalid_credentials') })
    const { error } = await api.POST('/api/v1/auth/login', { body: { email: 'a@b.fr', password: 'x' } })
    expect(error).toMatchObject({ code: 'invalid_credentials' })
    expect(calls).toHaveLength(1)
  })

  it('does not call the API when there is no CSRF cookie (no session to renew)', async () => {
    document.cookie = 'constel_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
    const { calls } = stubFetch({})
    expect(await refreshSession()).toBe(false)
    expect(calls).toHaveLength(0)
  })
})
