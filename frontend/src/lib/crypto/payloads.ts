/**
 * What the pair relies on travels inside the encrypted payload too (protocol 1.1): the
 * metadata the server keeps in clear is not authenticated, so the client compares them and
 * shows a mismatch. Field conventions shared with the Python client and the server's
 * declared shapes:
 * - session_report field "session": UTF-8 JSON {"session_id": id, "starts_at": ISO 8601};
 * - objective and action_item field "status": the status word as the API spells it.
 */
import { canonicalId } from './encoding'

export interface SessionLink {
  sessionId: string
  startsAt: string
}

export const SESSION_FIELD = 'session'
export const STATUS_FIELD = 'status'

export function encodeSessionLink(link: SessionLink): string {
  return JSON.stringify({ session_id: canonicalId(link.sessionId), starts_at: link.startsAt })
}

export function decodeSessionLink(text: string): SessionLink | null {
  try {
    const raw = JSON.parse(text) as Record<string, unknown>
    if (typeof raw.session_id !== 'string' || typeof raw.starts_at !== 'string') return null
    return { sessionId: raw.session_id, startsAt: raw.starts_at }
  } catch {
    return null
  }
}

/**
 * 'match' when the payload agrees with the clear metadata, 'mismatch' when it differs
 * (the server changed or moved something), 'unverified' when the payload does not carry
 * it (a record written under protocol 1.0).
 */
export type LinkCheck = 'match' | 'mismatch' | 'unverified'

const sameInstant = (a: string, b: string): boolean => {
  const x = Date.parse(a)
  const y = Date.parse(b)
  return Number.isFinite(x) && x === y
}

export function checkSessionLink(payload: string | undefined, clear: SessionLink): LinkCheck {
  if (payload === undefined) return 'unverified'
  const link = decodeSessionLink(payload)
  if (!link) return 'mismatch'
  return link.sessionId === clear.sessionId && sameInstant(link.startsAt, clear.startsAt) ? 'match' : 'mismatch'
}

export function checkStatus(payload: string | undefined, clearStatus: string): LinkCheck {
  if (payload === undefined) return 'unverified'
  return payload === clearStatus ? 'match' : 'mismatch'
}
