import { vi } from 'vitest'

type Handler = (request: Request) => Response | Promise<Response>

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  })
}

export function problem(status: number, code: string, title = 'Problem', detail: string | null = null) {
  return json({ type: 'about:blank', title, status, detail, code }, status)
}

/**
 * Replaces window.fetch with a table of "METHOD /path" handlers and records
 * every request, so tests assert what the client actually sent.
 */
export function stubFetch(handlers: Record<string, Handler>) {
  const calls: Request[] = []
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init)
    calls.push(request.clone())
    const key = `${request.method} ${new URL(request.url).pathname}`
    const handler = handlers[key]
    if (!handler) throw new Error(`unexpected request ${key}`)
    return handler(request)
  })
  vi.stubGlobal('fetch', fetchStub)
  return { calls, fetchStub }
}

export const demoMe = {
  id: '00000000-0000-0000-0000-000000000001',
  email: 'admin@demo.constel.fr',
  given_name: 'Alice',
  family_name: 'Administratrice',
  roles: ['org_admin'],
  totp_enabled: false,
  recovery_codes_left: 0,
  organisation: {
    id: '00000000-0000-0000-0000-000000000002',
    name: 'Démo',
    slug: 'demo',
    support_email: 'support@demo.constel.fr',
    require_totp_for_admins: false,
  },
}
