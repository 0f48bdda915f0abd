/**
 * The keyring (protocol 1.1): one encrypted record per person holding the keys they pinned,
 * which ones they verified and the highest epoch seen per pair, so trust survives a new
 * session. Only its owner can read it; the server stores it versioned and refuses a stale
 * write, and the client refuses a version below the last one it saw.
 *
 *   KRK  = kdf(UK, 4, "cnstlkrg")
 *   blob = seal(KRK, utf8(json), enc("keyring", user_id, keyring_version))
 *   json = {"v": 1, "pins": {user_id: {key_version, x_pk, ed_pk, verified, verified_at}},
 *           "epochs": {pair_id: highest_epoch_seen}}
 */
import { b64d, b64e, canonicalId, enc, fromUtf8, utf8 } from './encoding'
import { EncodingError, RollbackError, UnknownVersionError, VerificationError } from './errors'
import { KEY_BYTES, kdf, openSealed, seal } from './primitives'

export const KEYRING_JSON_VERSION = 1

/** A pinned public key: what wrapping and signature checks need, without the bundle's signature. */
export interface PinnedKey {
  userId: string
  keyVersion: number
  xPk: Uint8Array
  edPk: Uint8Array
}

export interface KeyringPin extends PinnedKey {
  verified: boolean
  /** ISO 8601 instant of the verification, or null. */
  verifiedAt: string | null
}

export interface KeyringData {
  pins: Record<string, KeyringPin>
  epochs: Record<string, number>
}

export interface KeyringPinJson {
  key_version: number
  x_pk: string
  ed_pk: string
  verified: boolean
  verified_at: string | null
}

export interface KeyringJson {
  v: number
  pins: Record<string, KeyringPinJson>
  epochs: Record<string, number>
}

export const emptyKeyring = (): KeyringData => ({ pins: {}, epochs: {} })

export const keyringKey = (uk: Uint8Array): Uint8Array => kdf(uk, 4, 'cnstlkrg')

const keyringAd = (userId: string, version: number): Uint8Array => enc('keyring', canonicalId(userId), version)

export function keyringToJson(data: KeyringData): KeyringJson {
  const pins: Record<string, KeyringPinJson> = {}
  for (const [uid, p] of Object.entries(data.pins)) {
    pins[uid] = { key_version: p.keyVersion, x_pk: b64e(p.xPk), ed_pk: b64e(p.edPk), verified: p.verified, verified_at: p.verifiedAt }
  }
  return { v: KEYRING_JSON_VERSION, pins, epochs: { ...data.epochs } }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function keyringFromJson(raw: unknown): KeyringData {
  if (!isObject(raw)) throw new EncodingError('keyring must be an object')
  if (raw.v !== KEYRING_JSON_VERSION) throw new UnknownVersionError(`unknown keyring version ${String(raw.v)}`)
  if (!isObject(raw.pins) || !isObject(raw.epochs)) throw new EncodingError('keyring pins and epochs must be objects')
  const pins: Record<string, KeyringPin> = {}
  for (const [uid, item] of Object.entries(raw.pins)) {
    if (!isObject(item)) throw new EncodingError('a pin must be an object')
    const kv = item.key_version
    const at = item.verified_at ?? null
    if (typeof kv !== 'number' || !Number.isSafeInteger(kv) || kv < 1) throw new EncodingError('bad pin key_version')
    if (typeof item.verified !== 'boolean' || (at !== null && typeof at !== 'string')) throw new EncodingError('bad pin verification')
    if (typeof item.x_pk !== 'string' || typeof item.ed_pk !== 'string') throw new EncodingError('bad pin keys')
    const userId = canonicalId(uid)
    pins[userId] = {
      userId,
      keyVersion: kv,
      xPk: b64d(item.x_pk, KEY_BYTES),
      edPk: b64d(item.ed_pk, KEY_BYTES),
      verified: item.verified,
      verifiedAt: at as string | null,
    }
  }
  const epochs: Record<string, number> = {}
  for (const [pairId, epoch] of Object.entries(raw.epochs)) {
    if (typeof epoch !== 'number' || !Number.isSafeInteger(epoch) || epoch < 0) throw new EncodingError('bad keyring epoch')
    epochs[canonicalId(pairId)] = epoch
  }
  return { pins, epochs }
}

function checkVersion(version: number): void {
  if (!Number.isSafeInteger(version) || version < 1) throw new EncodingError('keyring_version starts at 1')
}

/** The blob stored for keyring_version `version`. */
export function sealKeyring(uk: Uint8Array, userId: string, version: number, data: KeyringData): Uint8Array {
  checkVersion(version)
  return seal(keyringKey(uk), utf8(JSON.stringify(keyringToJson(data))), keyringAd(userId, version))
}

/** Open a blob stored as `version`; a blob from another person or version does not open. */
export function openKeyring(uk: Uint8Array, userId: string, version: number, blob: Uint8Array): KeyringData {
  checkVersion(version)
  const raw = openSealed(keyringKey(uk), blob, keyringAd(userId, version))
  let parsed: unknown
  try {
    parsed = JSON.parse(fromUtf8(raw))
  } catch {
    throw new VerificationError('keyring content is not JSON')
  }
  return keyringFromJson(parsed)
}

/** A sealed keyring with its version, as stored on the server or kept locally. */
export interface SealedKeyring {
  version: number
  blob: Uint8Array
}

/**
 * Which keyring to trust on unlock: the higher version of the server's and the local
 * copy; never one below `lastSeen` (the last version this browser saw).
 */
export function chooseKeyring(
  server: SealedKeyring | null,
  local: SealedKeyring | null,
  lastSeen: number,
): { chosen: SealedKeyring | null; serverBehind: boolean } {
  const candidates = [server, local].filter((k): k is SealedKeyring => k !== null)
  const chosen = candidates.reduce<SealedKeyring | null>((best, k) => (best === null || k.version > best.version ? k : best), null)
  const best = chosen?.version ?? 0
  if (best < lastSeen) {
    throw new RollbackError(`keyring version ${best} is older than version ${lastSeen} already seen`)
  }
  return { chosen, serverBehind: (server?.version ?? 0) < best }
}

/**
 * After a 409 (another tab or device saved first): `theirs` plus what only `mine` knows —
 * pins of people missing there or at a higher key version, verification of the same key,
 * the higher epoch per pair. Same rule as the Python client's Keyring.merged.
 */
export function mergeKeyrings(mine: KeyringData, theirs: KeyringData): KeyringData {
  const pins: Record<string, KeyringPin> = { ...theirs.pins }
  for (const [uid, pin] of Object.entries(mine.pins)) {
    const other = pins[uid]
    const sameKey = other !== undefined && other.keyVersion === pin.keyVersion && equalKey(other.xPk, pin.xPk) && equalKey(other.edPk, pin.edPk)
    if (other === undefined || pin.keyVersion > other.keyVersion || (sameKey && pin.verified && !other.verified)) pins[uid] = pin
  }
  const epochs: Record<string, number> = { ...theirs.epochs }
  for (const [pairId, epoch] of Object.entries(mine.epochs)) epochs[pairId] = Math.max(epoch, epochs[pairId] ?? 0)
  return { pins, epochs }
}

const equalKey = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i])
