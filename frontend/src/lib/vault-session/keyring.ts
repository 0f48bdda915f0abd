/**
 * The keyring over the API (protocol 1.1, docs/protocol.md "The keyring"): loaded right
 * after unlock, before anything else, so pins, verification and highest epochs survive a
 * new session; every change saved as keyring_version + 1, a 409 reloaded and merged.
 *
 * This browser also keeps the last sealed keyring it saw in localStorage (encrypted under
 * the account key, like on the server): a server serving an older version than that one
 * is refused (RollbackError) and the local copy is used instead.
 */
import { api, unwrap } from '@/api/client'
import { ProblemError } from '@/api/problem'
import {
  RollbackError,
  b64d,
  b64e,
  chooseKeyring,
  emptyKeyring,
  mergeKeyrings,
  openKeyring,
  sealKeyring,
  type KeyringData,
  type SealedKeyring,
} from '@/lib/crypto'

const localKey = (userId: string): string => `constel.vault.keyring.${userId}`

function readLocal(userId: string): SealedKeyring | null {
  try {
    const raw = localStorage.getItem(localKey(userId))
    if (!raw) return null
    const parsed = JSON.parse(raw) as { version: number; blob: string }
    return { version: parsed.version, blob: b64d(parsed.blob) }
  } catch {
    return null
  }
}

function writeLocal(userId: string, sealed: SealedKeyring): void {
  try {
    const current = readLocal(userId)
    if (current && current.version > sealed.version) return
    localStorage.setItem(localKey(userId), JSON.stringify({ version: sealed.version, blob: b64e(sealed.blob) }))
  } catch {
    // Private browsing without storage: the server's copy still holds the keyring.
  }
}

/** Forget this browser's copy (a reset: the old keyring can no longer be opened). */
export function forgetLocalKeyring(userId: string): void {
  try {
    localStorage.removeItem(localKey(userId))
  } catch {
    // nothing kept
  }
}

async function fetchServer(): Promise<SealedKeyring | null> {
  const result = await api.GET('/api/v1/vault/me/keyring')
  if (result.response.status === 404) return null
  const data = unwrap(result)
  return { version: data.keyring_version, blob: b64d(data.blob) }
}

export interface LoadedKeyring {
  version: number
  data: KeyringData
  /** The server served an older keyring than this browser's copy: writes stay local. */
  rolledBack: boolean
}

/** The keyring to start from: the higher of the server's and this browser's, never below the last seen. */
export async function loadKeyring(userId: string, uk: Uint8Array): Promise<LoadedKeyring> {
  const server = await fetchServer()
  const local = readLocal(userId)
  const { chosen, serverBehind } = chooseKeyring(server, local, local?.version ?? 0)
  if (!chosen) return { version: 0, data: emptyKeyring(), rolledBack: false }
  let data: KeyringData
  try {
    data = openKeyring(uk, userId, chosen.version, chosen.blob)
  } catch (error) {
    // A local copy sealed under an older account key (after a reset) no longer opens.
    if (chosen === local && server && server.version >= 1) {
      forgetLocalKeyring(userId)
      return { version: server.version, data: openKeyring(uk, userId, server.version, server.blob), rolledBack: false }
    }
    throw error
  }
  writeLocal(userId, chosen)
  return { version: chosen.version, data, rolledBack: serverBehind }
}

/**
 * Save `data` as the next version. On 409 (saved elsewhere meanwhile) reload, merge what
 * only this copy knows into the newer one and try again. Returns what is now stored.
 */
export async function saveKeyring(userId: string, uk: Uint8Array, version: number, data: KeyringData): Promise<{ version: number; data: KeyringData }> {
  let base = version
  let current = data
  for (let attempt = 0; attempt < 4; attempt++) {
    const next = base + 1
    const blob = sealKeyring(uk, userId, next, current)
    const result = await api.PUT('/api/v1/vault/me/keyring', { body: { keyring_version: next, blob: b64e(blob) } })
    if (result.response.status !== 409) {
      unwrap(result)
      writeLocal(userId, { version: next, blob })
      return { version: next, data: current }
    }
    const server = await fetchServer()
    if (!server || server.version < next - 1) throw new RollbackError('the server lost a newer keyring')
    current = mergeKeyrings(current, openKeyring(uk, userId, server.version, server.blob))
    writeLocal(userId, server)
    base = server.version
  }
  throw new ProblemError({ status: 409, code: 'stale_keyring', title: 'stale keyring' } as never)
}

/** While the server serves an older keyring, changes are sealed into this browser's copy only. */
export function saveKeyringLocally(userId: string, uk: Uint8Array, version: number, data: KeyringData): { version: number; data: KeyringData } {
  const next = version + 1
  writeLocal(userId, { version: next, blob: sealKeyring(uk, userId, next, data) })
  return { version: next, data }
}
