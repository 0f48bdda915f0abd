/**
 * Account key UK: wraps the private keys; wrapped itself by the passphrase and the
 * recovery key. The vault passphrase is not the login password and never leaves the
 * browser. Argon2id runs through `argon2` (a Web Worker in the browser, see argon2.ts).
 */
import { b64d, b64e, canonicalId, enc } from './encoding'
import { EncodingError } from './errors'
import { Identity, createIdentity, rotateIdentity, unwrapIdentity, wrapIdentity, type PublicBundle } from './identity'
import {
  ARGON2ID13,
  KDF_VERSION,
  KEY_BYTES,
  MIB,
  PRODUCTION_FLOOR,
  SALT_BYTES,
  argon2id,
  checkKdfParams,
  kdf,
  kdfParamsFromJson,
  kdfParamsToJson,
  openSealed,
  randomBytes,
  seal,
  type Argon2Fn,
  type KdfFloor,
  type KdfParams,
  type KdfParamsJson,
} from './primitives'
import { formatRecoveryKey, parseRecoveryKey } from './recovery'
import { checkWireVersion, intField, strField, type Json } from './wire'

/** What the server stores for a person (only that person may read it). */
export interface KeyMaterial {
  userId: string
  keyVersion: number
  kdf: KdfParams
  wrappedUkPw: Uint8Array
  wrappedUkRk: Uint8Array
  wrappedKeys: Uint8Array
}

export interface KeyMaterialJson {
  user_id: string
  key_version: number
  kdf: KdfParamsJson
  wrapped_uk_pw: string
  wrapped_uk_rk: string
  wrapped_keys: string
}

export const keyMaterialToJson = (m: KeyMaterial): KeyMaterialJson => ({
  user_id: m.userId,
  key_version: m.keyVersion,
  kdf: kdfParamsToJson(m.kdf),
  wrapped_uk_pw: b64e(m.wrappedUkPw),
  wrapped_uk_rk: b64e(m.wrappedUkRk),
  wrapped_keys: b64e(m.wrappedKeys),
})

export function keyMaterialFromJson(raw: KeyMaterialJson | Json): KeyMaterial {
  const data = raw as Json
  checkWireVersion(data)
  const params = data.kdf
  if (typeof params !== 'object' || params === null) throw new EncodingError('kdf must be an object')
  return {
    userId: canonicalId(strField(data, 'user_id')),
    keyVersion: intField(data, 'key_version', 1),
    kdf: kdfParamsFromJson(params as KdfParamsJson),
    wrappedUkPw: b64d(strField(data, 'wrapped_uk_pw')),
    wrappedUkRk: b64d(strField(data, 'wrapped_uk_rk')),
    wrappedKeys: b64d(strField(data, 'wrapped_keys')),
  }
}

export interface Unlocked {
  uk: Uint8Array
  identity: Identity
}

export interface NewAccount {
  identity: Identity
  uk: Uint8Array
  material: KeyMaterial
  bundle: PublicBundle
  /** Display form; show once, never store. */
  recoveryKey: string
}

export interface KdfOptions {
  ops?: number
  mem?: number
  floor?: KdfFloor
  /** Argon2id runner; defaults to running it in this thread. */
  argon2?: Argon2Fn
}

const ukAd = (userId: string, method: 'passphrase' | 'recovery'): Uint8Array => enc('uk-wrap', userId, method)

export function newKdfParams(ops = 3, mem = 64 * MIB): KdfParams {
  return { v: KDF_VERSION, alg: ARGON2ID13, salt: randomBytes(SALT_BYTES), ops, mem }
}

/** KEK = kdf(Argon2id(NFKC(passphrase)), 1, "cnstlkek"); refuses parameters outside the floor first. */
export async function kekFromPassphrase(passphrase: string, params: KdfParams, opts: KdfOptions = {}): Promise<Uint8Array> {
  const floor = opts.floor ?? PRODUCTION_FLOOR
  checkKdfParams(params, floor)
  const run: Argon2Fn = opts.argon2 ?? ((pw, p) => Promise.resolve(argon2id(pw, p, floor)))
  const master = await run(passphrase, params)
  return kdf(master, 1, 'cnstlkek')
}

export async function wrapUkPassphrase(
  uk: Uint8Array,
  userId: string,
  passphrase: string,
  params: KdfParams,
  opts: KdfOptions = {},
): Promise<Uint8Array> {
  return seal(await kekFromPassphrase(passphrase, params, opts), uk, ukAd(userId, 'passphrase'))
}

export function wrapUkRecovery(uk: Uint8Array, userId: string, recoveryKey: Uint8Array): Uint8Array {
  return seal(kdf(recoveryKey, 1, 'cnstlrec'), uk, ukAd(userId, 'recovery'))
}

/** New UK, identity, passphrase wrap and recovery key (also after losing both secrets, with keyVersion = old + 1). */
export async function createAccount(
  userId: string,
  passphrase: string,
  opts: KdfOptions & { keyVersion?: number; identity?: Identity } = {},
): Promise<NewAccount> {
  const id = canonicalId(userId)
  const identity = opts.identity ?? createIdentity(id, opts.keyVersion ?? 1)
  const uk = randomBytes(KEY_BYTES)
  const rk = randomBytes(KEY_BYTES)
  const params = newKdfParams(opts.ops, opts.mem)
  const material: KeyMaterial = {
    userId: id,
    keyVersion: identity.keyVersion,
    kdf: params,
    wrappedUkPw: await wrapUkPassphrase(uk, id, passphrase, params, opts),
    wrappedUkRk: wrapUkRecovery(uk, id, rk),
    wrappedKeys: wrapIdentity(uk, identity),
  }
  return { identity, uk, material, bundle: identity.bundle(), recoveryKey: formatRecoveryKey(rk) }
}

function unlock(material: KeyMaterial, key: Uint8Array, method: 'passphrase' | 'recovery'): Unlocked {
  const blob = method === 'passphrase' ? material.wrappedUkPw : material.wrappedUkRk
  const uk = openSealed(key, blob, ukAd(material.userId, method))
  if (uk.length !== KEY_BYTES) throw new EncodingError('account key has the wrong length')
  return { uk, identity: unwrapIdentity(uk, material.userId, material.keyVersion, material.wrappedKeys) }
}

export async function unlockWithPassphrase(material: KeyMaterial, passphrase: string, opts: KdfOptions = {}): Promise<Unlocked> {
  return unlock(material, await kekFromPassphrase(passphrase, material.kdf, opts), 'passphrase')
}

export function unlockWithRecoveryKey(material: KeyMaterial, recoveryKey: string): Unlocked {
  return unlock(material, kdf(parseRecoveryKey(recoveryKey), 1, 'cnstlrec'), 'recovery')
}

/** The identity from an account key already unwrapped (a tab restoring its session). */
export function unlockWithAccountKey(material: KeyMaterial, uk: Uint8Array): Unlocked {
  if (uk.length !== KEY_BYTES) throw new EncodingError('account key has the wrong length')
  return { uk, identity: unwrapIdentity(uk, material.userId, material.keyVersion, material.wrappedKeys) }
}

/** Re-wrap UK only (fresh salt); private keys and the recovery wrap are untouched. */
export async function changePassphrase(
  material: KeyMaterial,
  uk: Uint8Array,
  newPassphrase: string,
  opts: KdfOptions = {},
): Promise<KeyMaterial> {
  const params = newKdfParams(opts.ops, opts.mem)
  return { ...material, kdf: params, wrappedUkPw: await wrapUkPassphrase(uk, material.userId, newPassphrase, params, opts) }
}

export function newRecoveryKey(material: KeyMaterial, uk: Uint8Array): { material: KeyMaterial; recoveryKey: string } {
  const rk = randomBytes(KEY_BYTES)
  return { material: { ...material, wrappedUkRk: wrapUkRecovery(uk, material.userId, rk) }, recoveryKey: formatRecoveryKey(rk) }
}

/** New key version signed by the old key; the new private keys are wrapped under the same UK. */
export function rotateAccountIdentity(
  material: KeyMaterial,
  unlocked: Unlocked,
): { identity: Identity; bundle: PublicBundle; material: KeyMaterial } {
  const { identity, bundle } = rotateIdentity(unlocked.identity)
  return { identity, bundle, material: { ...material, keyVersion: identity.keyVersion, wrappedKeys: wrapIdentity(unlocked.uk, identity) } }
}
