/**
 * The access token lives in memory only (never localStorage): a page reload
 * drops it and the refresh cookie restores the session.
 */
type Listener = (token: string | null) => void

/** Why the last session ended, so the sign-in page can say so. */
export type SessionEndReason = 'signedOut' | 'expired'

let accessToken: string | null = null
let endReason: SessionEndReason | null = null
const listeners = new Set<Listener>()

export function getAccessToken(): string | null {
  return accessToken
}

export function setAccessToken(token: string | null): void {
  accessToken = token
  if (token) endReason = null
  listeners.forEach((listener) => listener(token))
}

export function endSession(reason: SessionEndReason): void {
  endReason = reason
  setAccessToken(null)
}

export function sessionEndReason(): SessionEndReason | null {
  return endReason
}

export function subscribeAccessToken(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
