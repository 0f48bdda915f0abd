/**
 * Test-only in-memory stand-in for the vault routes (two people, one pair), so the
 * browser-side protocol runs end to end with real libsodium under Vitest.
 * Keyed by the bearer token: `tok-<person id>`.
 */
import { json, problem } from '@/test/fetch'

type Body = Record<string, unknown>

export function fakeVaultServer(pairId: string, members: { id: string; role: 'mentor' | 'mentee' }[]) {
  const vaults = new Map<string, { material: Body; bundle: Body }>()
  const envelopes: Body[] = []
  const records = new Map<string, Body>()
  const keyrings = new Map<string, { keyring_version: number; blob: string }>()
  let epoch = 0
  const requests: { method: string; path: string; response: string }[] = []

  const who = (r: Request) => (r.headers.get('Authorization') ?? '').replace('Bearer tok-', '')
  const bundleOut = (b: Body) => ({ prev_sig: null, created_at: '2026-01-01T00:00:00Z', ...b })
  const pairOut = () => ({
    pair_id: pairId,
    current_epoch: epoch,
    rotation_needed: false,
    members: members.map((m) => ({ person_id: m.id, role: m.role, key_version: vaults.has(m.id) ? 1 : null })),
  })

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const path = url.pathname
    const me = who(request)
    const body = request.method === 'GET' ? null : ((await request.json()) as Body)
    if (path === '/api/v1/vault/me' && request.method === 'GET') {
      const v = vaults.get(me)
      return v ? json({ material: v.material, bundle: bundleOut(v.bundle) }) : problem(404, 'vault_not_set_up')
    }
    if (path === '/api/v1/vault/me/identity') {
      vaults.set(me, { material: body?.material as Body, bundle: body?.bundle as Body })
      return json({ material: body?.material, bundle: bundleOut(body?.bundle as Body) })
    }
    if (path === '/api/v1/vault/me/keyring' && request.method === 'GET') {
      const k = keyrings.get(me)
      return k ? json(k) : problem(404, 'keyring_not_found')
    }
    if (path === '/api/v1/vault/me/keyring' && request.method === 'PUT') {
      const stored = keyrings.get(me)?.keyring_version ?? 0
      if (Number(body?.keyring_version) !== stored + 1) return problem(409, 'stale_keyring')
      keyrings.set(me, { keyring_version: Number(body?.keyring_version), blob: String(body?.blob) })
      return json(keyrings.get(me))
    }
    if (path === '/api/v1/vault/me/key-material' && request.method === 'PUT') {
      const v = vaults.get(me)
      if (v) v.material = body as Body
      return json(body)
    }
    const bundle = /^\/api\/v1\/vault\/bundles\/(.+)$/.exec(path)
    if (bundle) {
      const v = vaults.get(bundle[1] ?? '')
      return v ? json(bundleOut(v.bundle)) : problem(404, 'bundle_not_found')
    }
    if (path === `/api/v1/vault/pairs/${pairId}`) return json(pairOut())
    if (path === `/api/v1/vault/pairs/${pairId}/epochs`) {
      if (epoch !== 0) return problem(409, 'epoch_exists')
      epoch = Number(body?.epoch)
      envelopes.push(...((body?.envelopes as Body[]) ?? []))
      return json(pairOut())
    }
    if (path === `/api/v1/vault/pairs/${pairId}/envelopes`) return json(envelopes.filter((e) => e.recipient_id === me))
    if (path === '/api/v1/vault/records' && request.method === 'POST') {
      const stored = { ...body, author_key_version: 1, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', deleted_at: null }
      records.set(String(body?.record_id), stored)
      return json(stored, 201)
    }
    const one = /^\/api\/v1\/vault\/records\/(.+)$/.exec(path)
    if (one && request.method === 'PUT') {
      const stored = { ...body, author_key_version: 1, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', deleted_at: null }
      records.set(String(one[1]), stored)
      return json(stored)
    }
    if (path === '/api/v1/vault/records') {
      const type = url.searchParams.get('record_type')
      const items = [...records.values()].filter((r) => r.pair_id === url.searchParams.get('pair_id') && (!type || r.record_type === type))
      return json({ items, total: items.length, limit: 200, offset: 0 })
    }
    return problem(404, 'not_found', `unexpected ${request.method} ${path}`)
  }

  async function fetchStub(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init)
    const response = await handle(request)
    requests.push({ method: request.method, path: new URL(request.url).pathname, response: await response.clone().text() })
    return response
  }

  return {
    fetchStub,
    requests,
    records,
    keyrings,
    /** The attack of issue 13: the server serves another public key for this person. */
    swapBundle: (personId: string, bundle: Body) => {
      const v = vaults.get(personId)
      if (v) v.bundle = bundle
    },
    bundleOf: (personId: string) => vaults.get(personId)?.bundle,
    setEpoch: (next: number) => {
      epoch = next
    },
  }
}
