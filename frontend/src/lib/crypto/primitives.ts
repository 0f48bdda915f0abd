/**
 * Checked wrappers over libsodium (sumo). Only XChaCha20-Poly1305-IETF for symmetric
 * encryption; Argon2id always with explicit parameters checked against the client floor.
 */
import { b64d, b64e, concat, utf8 } from './encoding'
import { CryptoError, EncodingError, ParameterFloorError, UnknownVersionError, VerificationError } from './errors'
import { na } from './sodium'

export const KEY_BYTES = 32
export const NONCE_BYTES = 24
export const TAG_BYTES = 16
export const SIG_BYTES = 64
export const SALT_BYTES = 16
export const PAD_BLOCK = 256
export const MIB = 1024 * 1024
export const ARGON2ID13 = 'argon2id13'
export const KDF_VERSION = 1

export const randomBytes = (n: number): Uint8Array => na().randombytes_buf(n)

function checkKey(key: Uint8Array, what = 'key'): void {
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) throw new EncodingError(`${what} must be ${KEY_BYTES} bytes`)
}

/** crypto_kdf_derive_from_key(32, id, ctx, key); ids >= 2^31 go as BigInt. */
export function kdf(key: Uint8Array, subkeyId: number | bigint, ctx: string): Uint8Array {
  checkKey(key)
  if (!/^[\x20-\x7e]{8}$/.test(ctx)) throw new EncodingError('kdf context must be 8 ASCII bytes')
  const id = typeof subkeyId === 'number' && subkeyId >= 2 ** 31 ? BigInt(subkeyId) : subkeyId
  return na().crypto_kdf_derive_from_key(32, id, ctx, key)
}

export function generichash(size: number, message: Uint8Array, key?: Uint8Array): Uint8Array {
  return na().crypto_generichash(size, message, key ?? null)
}

/** nonce || XChaCha20-Poly1305(message, ad) with a fresh random 24-byte nonce. */
export function seal(key: Uint8Array, message: Uint8Array, ad: Uint8Array): Uint8Array {
  checkKey(key)
  const nonce = randomBytes(NONCE_BYTES)
  return concat(nonce, na().crypto_aead_xchacha20poly1305_ietf_encrypt(message, ad, null, nonce, key))
}

export function openSealed(key: Uint8Array, sealed: Uint8Array, ad: Uint8Array): Uint8Array {
  checkKey(key)
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new VerificationError('sealed value too short')
  try {
    return na().crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      sealed.subarray(NONCE_BYTES),
      ad,
      sealed.subarray(0, NONCE_BYTES),
      key,
    )
  } catch {
    throw new VerificationError('authentication failed')
  }
}

export const boxSeal = (message: Uint8Array, xPk: Uint8Array): Uint8Array => na().crypto_box_seal(message, xPk)

export function boxSealOpen(sealed: Uint8Array, xPk: Uint8Array, xSk: Uint8Array): Uint8Array {
  try {
    return na().crypto_box_seal_open(sealed, xPk, xSk)
  } catch {
    throw new VerificationError('sealed box does not open')
  }
}

export const x25519Public = (xSk: Uint8Array): Uint8Array => na().crypto_scalarmult_base(xSk)

export function ed25519Keypair(seed: Uint8Array): { publicKey: Uint8Array; privateKey: Uint8Array } {
  checkKey(seed, 'Ed25519 seed')
  return na().crypto_sign_seed_keypair(seed)
}

export function sign(seed: Uint8Array, message: Uint8Array): Uint8Array {
  return na().crypto_sign_detached(message, ed25519Keypair(seed).privateKey)
}

/** Throws VerificationError unless valid (the JS binding returns false: never ignore it). */
export function verify(edPk: Uint8Array, message: Uint8Array, signature: Uint8Array): void {
  if (signature.length !== SIG_BYTES || edPk.length !== KEY_BYTES) throw new VerificationError('bad signature or key length')
  let ok = false
  try {
    ok = na().crypto_sign_verify_detached(signature, message, edPk)
  } catch {
    ok = false
  }
  if (ok !== true) throw new VerificationError('bad signature')
}

export const pad = (message: Uint8Array, block = PAD_BLOCK): Uint8Array => na().pad(message, block)

export function unpad(padded: Uint8Array, block = PAD_BLOCK): Uint8Array {
  try {
    return na().unpad(padded, block)
  } catch {
    throw new VerificationError('bad padding')
  }
}

/** Smallest (and largest) Argon2id cost this client accepts, whatever the server says. */
export interface KdfFloor {
  ops: number
  mem: number
  maxOps: number
  maxMem: number
}

export const PRODUCTION_FLOOR: KdfFloor = Object.freeze({ ops: 3, mem: 64 * MIB, maxOps: 10, maxMem: 1024 * MIB })

export function kdfFloor(ops: number, mem: number): KdfFloor {
  return { ...PRODUCTION_FLOOR, ops, mem }
}

/** Argon2id parameters stored next to the passphrase wrap (mem in bytes). */
export interface KdfParams {
  v: number
  alg: string
  salt: Uint8Array
  ops: number
  mem: number
}

export interface KdfParamsJson {
  v: number
  alg: string
  salt: string
  ops: number
  mem: number
}

export function checkKdfParams(params: KdfParams, floor: KdfFloor): void {
  if (params.v !== KDF_VERSION || params.alg !== ARGON2ID13) {
    throw new UnknownVersionError(`unknown kdf version/alg ${params.v}/${params.alg}`)
  }
  if (params.salt.length !== SALT_BYTES) throw new EncodingError('salt must be 16 bytes')
  if (params.ops < floor.ops || params.mem < floor.mem) {
    throw new ParameterFloorError(`Argon2id ops=${params.ops} mem=${params.mem} below floor`)
  }
  if (params.ops > floor.maxOps || params.mem > floor.maxMem) {
    throw new ParameterFloorError(`Argon2id ops=${params.ops} mem=${params.mem} above ceiling`)
  }
}

export const kdfParamsToJson = (p: KdfParams): KdfParamsJson => ({
  v: p.v,
  alg: p.alg,
  salt: b64e(p.salt),
  ops: p.ops,
  mem: p.mem,
})

export function kdfParamsFromJson(data: KdfParamsJson): KdfParams {
  const v = data.v ?? KDF_VERSION
  const alg = data.alg ?? ARGON2ID13
  if (v !== KDF_VERSION || alg !== ARGON2ID13) throw new UnknownVersionError(`unknown kdf version/alg ${v}/${alg}`)
  if (!Number.isInteger(data.ops) || !Number.isInteger(data.mem)) throw new EncodingError('bad kdf parameters')
  return { v, alg, salt: b64d(data.salt, SALT_BYTES), ops: data.ops, mem: data.mem }
}

export const normalizePassphrase = (passphrase: string): Uint8Array => utf8(passphrase.normalize('NFKC'))

/** Argon2id(NFKC(passphrase)) run right here (Node, or inside the Web Worker). */
export function argon2id(passphrase: string, params: KdfParams, floor: KdfFloor = PRODUCTION_FLOOR): Uint8Array {
  checkKdfParams(params, floor)
  try {
    return na().crypto_pwhash(
      32,
      normalizePassphrase(passphrase),
      params.salt,
      params.ops,
      params.mem,
      na().crypto_pwhash_ALG_ARGON2ID13,
    )
  } catch {
    throw new CryptoError('Argon2id failed')
  }
}

/** How account functions obtain Argon2id: directly in Node, through a Web Worker in the browser. */
export type Argon2Fn = (passphrase: string, params: KdfParams) => Promise<Uint8Array>
