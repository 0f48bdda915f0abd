/**
 * Per-person identity: an X25519 pair (encryption) and an independent Ed25519 seed
 * (signing). The public bundle is self-signed; a rotated bundle also carries prev_sig.
 */
import { b64d, b64e, canonicalId, enc } from './encoding'
import { EncodingError, VerificationError } from './errors'
import { KEY_BYTES, SIG_BYTES, ed25519Keypair, openSealed, randomBytes, seal, sign, verify, x25519Public } from './primitives'
import { na } from './sodium'
import { checkWireVersion, intField, strField, type Json } from './wire'

export interface PublicBundle {
  userId: string
  keyVersion: number
  xPk: Uint8Array
  edPk: Uint8Array
  selfSig: Uint8Array
  prevSig?: Uint8Array
}

export interface PublicBundleJson {
  user_id: string
  key_version: number
  x_pk: string
  ed_pk: string
  self_sig: string
  prev_sig?: string
}

export function bundleToJson(b: PublicBundle): PublicBundleJson {
  const out: PublicBundleJson = {
    user_id: b.userId,
    key_version: b.keyVersion,
    x_pk: b64e(b.xPk),
    ed_pk: b64e(b.edPk),
    self_sig: b64e(b.selfSig),
  }
  if (b.prevSig !== undefined) out.prev_sig = b64e(b.prevSig)
  return out
}

export function bundleFromJson(raw: PublicBundleJson | Json): PublicBundle {
  const data = raw as Json
  checkWireVersion(data)
  const bundle: PublicBundle = {
    userId: canonicalId(strField(data, 'user_id')),
    keyVersion: intField(data, 'key_version', 1),
    xPk: b64d(strField(data, 'x_pk'), KEY_BYTES),
    edPk: b64d(strField(data, 'ed_pk'), KEY_BYTES),
    selfSig: b64d(strField(data, 'self_sig'), SIG_BYTES),
  }
  if (data.prev_sig !== undefined && data.prev_sig !== null) bundle.prevSig = b64d(strField(data, 'prev_sig'), SIG_BYTES)
  return bundle
}

/** A person's private keys for one key_version. Never leaves the client unwrapped. */
export class Identity {
  readonly userId: string
  readonly keyVersion: number
  readonly xSk: Uint8Array
  readonly edSeed: Uint8Array
  readonly xPk: Uint8Array
  readonly edPk: Uint8Array

  constructor(userId: string, keyVersion: number, xSk: Uint8Array, edSeed: Uint8Array) {
    this.userId = canonicalId(userId)
    this.keyVersion = keyVersion
    this.xSk = xSk
    this.edSeed = edSeed
    this.xPk = x25519Public(xSk)
    this.edPk = ed25519Keypair(edSeed).publicKey
  }

  sign(message: Uint8Array): Uint8Array {
    return sign(this.edSeed, message)
  }

  /** Public bundle; with `previous` (the old key version) it carries prev_sig. */
  bundle(previous?: Identity): PublicBundle {
    const selfSig = this.sign(enc('pubkeys', this.userId, this.keyVersion, this.xPk, this.edPk))
    const b: PublicBundle = { userId: this.userId, keyVersion: this.keyVersion, xPk: this.xPk, edPk: this.edPk, selfSig }
    if (previous !== undefined) {
      if (previous.userId !== this.userId || previous.keyVersion >= this.keyVersion) {
        throw new EncodingError('previous identity must be an older version of the same user')
      }
      b.prevSig = previous.sign(enc('key-rotate', this.userId, this.keyVersion, this.xPk, this.edPk))
    }
    return b
  }
}

/** Deterministic identity (golden files, tests): X25519 via crypto_box_seed_keypair. */
export function identityFromSeeds(userId: string, keyVersion: number, xSeed: Uint8Array, edSeed: Uint8Array): Identity {
  return new Identity(userId, keyVersion, na().crypto_box_seed_keypair(xSeed).privateKey, edSeed)
}

export function createIdentity(userId: string, keyVersion = 1): Identity {
  return new Identity(userId, keyVersion, na().crypto_box_keypair().privateKey, randomBytes(KEY_BYTES))
}

export function rotateIdentity(old: Identity): { identity: Identity; bundle: PublicBundle } {
  const identity = createIdentity(old.userId, old.keyVersion + 1)
  return { identity, bundle: identity.bundle(old) }
}

export enum BundleStatus {
  SAME = 'same',
  NEW = 'new',
  ROTATED = 'rotated',
  CHANGED = 'changed',
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i])

/** Check self_sig (throws) and classify the bundle against the pinned one. */
export function verifyBundle(bundle: PublicBundle, pinned?: Pick<PublicBundle, 'userId' | 'keyVersion' | 'xPk' | 'edPk'>): BundleStatus {
  verify(bundle.edPk, enc('pubkeys', bundle.userId, bundle.keyVersion, bundle.xPk, bundle.edPk), bundle.selfSig)
  if (pinned === undefined) return BundleStatus.NEW
  if (pinned.userId !== bundle.userId) throw new VerificationError('bundle is for another user')
  if (pinned.keyVersion === bundle.keyVersion && sameBytes(pinned.xPk, bundle.xPk) && sameBytes(pinned.edPk, bundle.edPk)) {
    return BundleStatus.SAME
  }
  if (bundle.keyVersion > pinned.keyVersion && bundle.prevSig !== undefined) {
    try {
      verify(pinned.edPk, enc('key-rotate', bundle.userId, bundle.keyVersion, bundle.xPk, bundle.edPk), bundle.prevSig)
      return BundleStatus.ROTATED
    } catch {
      return BundleStatus.CHANGED
    }
  }
  return BundleStatus.CHANGED
}

const idkeysAd = (userId: string, keyVersion: number): Uint8Array => enc('idkeys', userId, keyVersion)

/** Private-key blob stored on the server: seal(UK, x_sk || ed_seed, enc("idkeys", ...)). */
export function wrapIdentity(uk: Uint8Array, ident: Identity): Uint8Array {
  const raw = new Uint8Array(2 * KEY_BYTES)
  raw.set(ident.xSk, 0)
  raw.set(ident.edSeed, KEY_BYTES)
  return seal(uk, raw, idkeysAd(ident.userId, ident.keyVersion))
}

export function unwrapIdentity(uk: Uint8Array, userId: string, keyVersion: number, blob: Uint8Array): Identity {
  const raw = openSealed(uk, blob, idkeysAd(canonicalId(userId), keyVersion))
  if (raw.length !== 2 * KEY_BYTES) throw new VerificationError('private-key blob has the wrong length')
  return new Identity(userId, keyVersion, raw.slice(0, KEY_BYTES), raw.slice(KEY_BYTES))
}
