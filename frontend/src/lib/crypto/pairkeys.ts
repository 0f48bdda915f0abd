/**
 * Pair keys (one per mentorship and epoch) and the signed envelopes that carry them.
 * The signature is mandatory: anyone holding a public key, the server included, can
 * make a sealed box.
 */
import { b64d, b64e, canonicalId, dec, enc, equalBytes, utf8 } from './encoding'
import { EncodingError, RollbackError, VerificationError } from './errors'
import type { Identity, PublicBundle } from './identity'
import { KEY_BYTES, SIG_BYTES, boxSeal, boxSealOpen, generichash, randomBytes, verify } from './primitives'
import { checkWireVersion, intField, strField, type Json } from './wire'

export const KEY_ID_BYTES = 16

export interface PairKey {
  pairId: string
  /** 0 = private notes of one person. */
  epoch: number
  key: Uint8Array
}

export const computeKeyId = (key: Uint8Array, pairId: string, epoch: number): Uint8Array =>
  generichash(KEY_ID_BYTES, enc('pairkey-id', pairId, epoch), key)

export const keyId = (pk: PairKey): Uint8Array => computeKeyId(pk.key, pk.pairId, pk.epoch)

export function newPairKey(pairId: string, epoch: number): PairKey {
  if (epoch < 1) throw new EncodingError('pair epochs start at 1')
  return { pairId: canonicalId(pairId), epoch, key: randomBytes(KEY_BYTES) }
}

export interface Envelope {
  pairId: string
  epoch: number
  recipientId: string
  recipientKeyVersion: number
  wrapperId: string
  wrapperKeyVersion: number
  keyId: Uint8Array
  sealed: Uint8Array
  sig: Uint8Array
}

export interface EnvelopeJson {
  pair_id: string
  epoch: number
  recipient_id: string
  recipient_key_version: number
  wrapper_id: string
  wrapper_key_version: number
  key_id: string
  sealed: string
  sig: string
}

export const envelopeToJson = (e: Envelope): EnvelopeJson => ({
  pair_id: e.pairId,
  epoch: e.epoch,
  recipient_id: e.recipientId,
  recipient_key_version: e.recipientKeyVersion,
  wrapper_id: e.wrapperId,
  wrapper_key_version: e.wrapperKeyVersion,
  key_id: b64e(e.keyId),
  sealed: b64e(e.sealed),
  sig: b64e(e.sig),
})

export function envelopeFromJson(raw: EnvelopeJson | Json): Envelope {
  const data = raw as Json
  checkWireVersion(data)
  return {
    pairId: canonicalId(strField(data, 'pair_id')),
    epoch: intField(data, 'epoch', 1),
    recipientId: canonicalId(strField(data, 'recipient_id')),
    recipientKeyVersion: intField(data, 'recipient_key_version', 1),
    wrapperId: canonicalId(strField(data, 'wrapper_id')),
    wrapperKeyVersion: intField(data, 'wrapper_key_version', 1),
    keyId: b64d(strField(data, 'key_id'), KEY_ID_BYTES),
    sealed: b64d(strField(data, 'sealed')),
    sig: b64d(strField(data, 'sig'), SIG_BYTES),
  }
}

const envMessage = (
  pairId: string,
  epoch: number,
  rId: string,
  rXPk: Uint8Array,
  wrapperId: string,
  kid: Uint8Array,
  sealed: Uint8Array,
): Uint8Array => enc('pairkey-env', pairId, epoch, rId, rXPk, wrapperId, kid, sealed)

/** Envelope of `pk` for `recipient` (whose bundle the caller has verified and pinned). */
export function wrapPairKey(wrapper: Identity, pk: PairKey, recipient: PublicBundle): Envelope {
  const kid = keyId(pk)
  const sealed = boxSeal(enc('pairkey', pk.pairId, pk.epoch, recipient.userId, pk.key), recipient.xPk)
  const sig = wrapper.sign(envMessage(pk.pairId, pk.epoch, recipient.userId, recipient.xPk, wrapper.userId, kid, sealed))
  return {
    pairId: pk.pairId,
    epoch: pk.epoch,
    recipientId: recipient.userId,
    recipientKeyVersion: recipient.keyVersion,
    wrapperId: wrapper.userId,
    wrapperKeyVersion: wrapper.keyVersion,
    keyId: kid,
    sealed,
    sig,
  }
}

export const wrapForMembers = (wrapper: Identity, pk: PairKey, members: PublicBundle[]): Envelope[] =>
  members.map((m) => wrapPairKey(wrapper, pk, m))

/**
 * Verify and open an envelope. `wrapper` is the wrapper's pinned bundle, `members` the
 * pair's current member ids as this client knows them, `pairId`/`epoch` what was asked for.
 */
export function openEnvelope(
  env: Envelope,
  me: Identity,
  wrapper: PublicBundle,
  members: readonly string[],
  expect: { pairId: string; epoch?: number },
): PairKey {
  if (env.pairId !== canonicalId(expect.pairId) || (expect.epoch !== undefined && env.epoch !== expect.epoch)) {
    throw new VerificationError('envelope is for another pair or epoch')
  }
  if (env.recipientId !== me.userId || env.recipientKeyVersion !== me.keyVersion) {
    throw new VerificationError('envelope is for another recipient or key version')
  }
  if (env.wrapperId !== wrapper.userId || env.wrapperKeyVersion !== wrapper.keyVersion) {
    throw new VerificationError('envelope wrapper does not match the pinned key')
  }
  if (!members.includes(env.wrapperId) || !members.includes(me.userId)) {
    throw new VerificationError('wrapper or recipient is not a member of the pair')
  }
  verify(wrapper.edPk, envMessage(env.pairId, env.epoch, me.userId, me.xPk, env.wrapperId, env.keyId, env.sealed), env.sig)
  let parts: Uint8Array[]
  try {
    parts = dec(boxSealOpen(env.sealed, me.xPk, me.xSk))
  } catch (e) {
    if (e instanceof VerificationError) throw e
    throw new VerificationError('malformed envelope content')
  }
  const expected = [utf8('pairkey'), utf8(env.pairId), utf8(String(env.epoch)), utf8(me.userId)]
  const key = parts[4]
  if (parts.length !== 5 || key === undefined || key.length !== KEY_BYTES || !expected.every((x, i) => equalBytes(x, parts[i] ?? new Uint8Array()))) {
    throw new VerificationError('envelope context fields do not match')
  }
  const pk: PairKey = { pairId: env.pairId, epoch: env.epoch, key }
  if (!equalBytes(keyId(pk), env.keyId)) throw new VerificationError('key_id does not match the pair key')
  return pk
}

/**
 * Pair keys this client holds, plus the highest epoch seen per pair. Clients write under
 * the highest epoch they know; a server reporting a lower one is holding a newer epoch back.
 */
export class PairKeyRing {
  private keys = new Map<string, Map<number, PairKey>>()
  private highest = new Map<string, number>()

  add(pk: PairKey): void {
    const byEpoch = this.keys.get(pk.pairId) ?? new Map<number, PairKey>()
    byEpoch.set(pk.epoch, pk)
    this.keys.set(pk.pairId, byEpoch)
    this.remember(pk.pairId, pk.epoch)
  }

  get(pairId: string, epoch: number): PairKey {
    const pk = this.keys.get(pairId)?.get(epoch)
    if (pk === undefined) throw new VerificationError(`no key for pair ${pairId} epoch ${epoch}`)
    return pk
  }

  current(pairId: string): PairKey {
    return this.get(pairId, this.highestEpoch(pairId))
  }

  highestEpoch(pairId: string): number {
    return this.highest.get(pairId) ?? 0
  }

  checkServerEpoch(pairId: string, serverEpoch: number): void {
    if (serverEpoch < this.highestEpoch(pairId)) {
      throw new RollbackError(`server reports epoch ${serverEpoch}, client knows ${this.highestEpoch(pairId)}`)
    }
  }

  remember(pairId: string, epoch: number): void {
    this.highest.set(pairId, Math.max(this.highestEpoch(pairId), epoch))
  }
}
