/**
 * The vault protocol over the API, as src/constel_client/participant.py does it:
 * everything sent is ciphertext, public keys or signatures; everything received is
 * verified (bundles against pins, envelopes against the wrapper's pinned key, records
 * against the author's key, epochs against the highest one seen).
 */
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'
import { ProblemError } from '@/api/problem'
import {
  FORMAT_V1,
  KeyPins,
  PairKeyRing,
  VerificationError,
  argon2Runner,
  b64e,
  bundleFromJson,
  bundleToJson,
  createAccount,
  cryptoReady,
  envelopeFromJson,
  envelopeToJson,
  formatDigits,
  keyMaterialFromJson,
  keyMaterialToJson,
  newPairKey,
  randomBytes,
  openEnvelope,
  openRecord,
  recordFromJson,
  safetyNumber,
  sealRecord,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  utf8,
  verifyBundle,
  wrapPairKey,
  type Identity,
  type PairKey,
  type PublicBundle,
} from '@/lib/crypto'
import { requireKeys, setUnlocked, vaultConfig } from './session'

type Json = Record<string, unknown>
export type PairRead = components['schemas']['PairRead']
export type RecordRead = components['schemas']['RecordRead']

export interface OpenedRecord {
  recordId: string
  recordType: string
  recordVersion: number
  authorId: string
  subjectId: string | null
  parentId: string | null
  createdAt: string
  fields: Record<string, string>
}

const decoder = new TextDecoder('utf-8', { fatal: true })

/** A random (version 4) UUID for a new record, from libsodium's generator. */
export function newRecordId(): string {
  const b = randomBytes(16)
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** The stored key material and bundle, or null before the first setup. */
export async function fetchMyVault(): Promise<components['schemas']['MyVault'] | null> {
  const result = await api.GET('/api/v1/vault/me')
  if (result.response.status === 404) return null
  return unwrap(result)
}

function unlocked(identity: Identity, uk: Uint8Array, bundle: PublicBundle): void {
  const pins = new KeyPins()
  pins.accept(bundle)
  pins.markVerified(bundle.userId)
  setUnlocked({ identity, uk, bundle, pins, ring: new PairKeyRing() })
}

/** First identity: keys, passphrase wrap and recovery key; returns the recovery key to show once. */
export async function setUpVault(userId: string, passphrase: string): Promise<string> {
  await cryptoReady()
  const { floor, ops, mem } = vaultConfig()
  const account = await createAccount(userId, passphrase, { ops, mem, floor, argon2: argon2Runner(floor) })
  unwrap(
    await api.POST('/api/v1/vault/me/identity', {
      body: { bundle: bundleToJson(account.bundle), material: keyMaterialToJson(account.material) } as never,
    }),
  )
  unlocked(account.identity, account.uk, account.bundle)
  return account.recoveryKey
}

/** Unlock with the passphrase or, with `recovery`, the recovery key. */
export async function unlockVault(userId: string, secret: string, recovery = false): Promise<void> {
  await cryptoReady()
  const stored = await fetchMyVault()
  if (!stored) throw new VerificationError('no vault yet')
  const material = keyMaterialFromJson(stored.material as unknown as Json)
  const bundle = bundleFromJson(stored.bundle as unknown as Json)
  if (material.userId !== userId || bundle.userId !== userId) throw new VerificationError("the server returned someone else's keys")
  const { floor } = vaultConfig()
  const result = recovery
    ? unlockWithRecoveryKey(material, secret)
    : await unlockWithPassphrase(material, secret, { floor, argon2: argon2Runner(floor) })
  verifyBundle(bundle)
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i])
  if (bundle.keyVersion !== result.identity.keyVersion || !same(bundle.xPk, result.identity.xPk) || !same(bundle.edPk, result.identity.edPk)) {
    throw new VerificationError('the published bundle does not match my private keys')
  }
  unlocked(result.identity, result.uk, bundle)
}

/** A person's current bundle if it matches the pin (first sight pins it). */
export async function trustedBundle(personId: string): Promise<PublicBundle> {
  const { pins } = requireKeys()
  const data = unwrap(await api.GET('/api/v1/vault/bundles/{person_id}', { params: { path: { person_id: personId } } }))
  return pins.require(bundleFromJson(data as unknown as Json))
}

/** The pair's 60-digit safety number in groups of five, the same on both screens. */
export async function pairSafetyNumber(partnerId: string): Promise<string> {
  const { bundle } = requireKeys()
  return formatDigits(safetyNumber(bundle, await trustedBundle(partnerId)))
}

async function getPair(pairId: string): Promise<PairRead> {
  const info = unwrap(await api.GET('/api/v1/vault/pairs/{pair_id}', { params: { path: { pair_id: pairId } } }))
  requireKeys().ring.checkServerEpoch(pairId, info.current_epoch)
  return info
}

async function loadPairKeys(pairId: string): Promise<PairRead> {
  const info = await getPair(pairId)
  const { identity, ring } = requireKeys()
  const members = info.members.map((m) => m.person_id)
  const envelopes = unwrap(await api.GET('/api/v1/vault/pairs/{pair_id}/envelopes', { params: { path: { pair_id: pairId } } }))
  for (const raw of envelopes) {
    const env = envelopeFromJson(raw as unknown as Json)
    if (env.recipientKeyVersion !== identity.keyVersion || env.epoch > info.current_epoch) continue
    const wrapper = env.wrapperId === identity.userId ? requireKeys().bundle : await trustedBundle(env.wrapperId)
    ring.add(openEnvelope(env, identity, wrapper, members, { pairId, epoch: env.epoch }))
  }
  return info
}

export type PairKeyState = 'ready' | 'waiting'

/**
 * Make sure this client holds the pair's newest key. Creates epoch 1 when the pair has
 * none yet and both members have published their keys; 'waiting' until then.
 */
export async function ensurePairKey(pairId: string): Promise<PairKeyState> {
  const { identity, ring } = requireKeys()
  if (ring.highestEpoch(pairId) > 0) return 'ready'
  const info = await loadPairKeys(pairId)
  if (ring.highestEpoch(pairId) > 0) return 'ready'
  if (info.current_epoch > 0) return 'waiting'
  if (info.members.some((m) => m.key_version === null)) return 'waiting'
  const pk: PairKey = newPairKey(pairId, 1)
  const envelopes = []
  for (const member of [...info.members].sort((a, b) => a.person_id.localeCompare(b.person_id))) {
    const bundle = member.person_id === identity.userId ? requireKeys().bundle : await trustedBundle(member.person_id)
    envelopes.push(envelopeToJson(wrapPairKey(identity, pk, bundle)))
  }
  const result = await api.POST('/api/v1/vault/pairs/{pair_id}/epochs', {
    params: { path: { pair_id: pairId } },
    body: { epoch: 1, envelopes } as never,
  })
  if (result.response.status === 409) {
    // The partner made epoch 1 at the same moment: use theirs.
    await loadPairKeys(pairId)
    return ring.highestEpoch(pairId) > 0 ? 'ready' : 'waiting'
  }
  unwrap(result)
  ring.add(pk)
  return 'ready'
}

/** Encrypt and store a new record (version 1, or `version` for an edit) under the newest epoch. */
export async function writeRecord(
  pairId: string,
  recordType: string,
  fields: Record<string, string>,
  opts: { subjectId?: string; parentId?: string; recordId?: string; version?: number } = {},
): Promise<RecordRead> {
  if ((await ensurePairKey(pairId)) !== 'ready') throw new VerificationError('the pair key is not available yet')
  const { identity, ring } = requireKeys()
  const pk = ring.current(pairId)
  const recordId = opts.recordId ?? newRecordId()
  const version = opts.version ?? 1
  const sealed = Object.entries(fields)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([field, text]) => sealRecord(identity, pk, { recordType, field, recordId, recordVersion: version, plaintext: utf8(text), format: FORMAT_V1 }))
  const body = {
    record_id: recordId,
    record_type: recordType,
    pair_id: pk.pairId,
    record_version: version,
    author_id: identity.userId,
    epoch: pk.epoch,
    parent_id: opts.parentId ?? null,
    subject_id: opts.subjectId ?? null,
    fields: Object.fromEntries(sealed.map((r) => [r.field, { ct: b64e(r.ct), wdek: b64e(r.wdek), sig: b64e(r.sig) }])),
  }
  if (version === 1) return unwrap(await api.POST('/api/v1/vault/records', { body }))
  return unwrap(await api.PUT('/api/v1/vault/records/{record_id}', { params: { path: { record_id: recordId } }, body }))
}

/** Check and decrypt a stored record (signature, wrap, tag, padding, context). */
export async function openStored(stored: RecordRead): Promise<OpenedRecord> {
  const { ring, identity, bundle } = requireKeys()
  let pk: PairKey
  try {
    pk = ring.get(stored.pair_id, stored.epoch)
  } catch {
    await loadPairKeys(stored.pair_id)
    pk = ring.get(stored.pair_id, stored.epoch)
  }
  const author = stored.author_id === identity.userId ? bundle : await trustedBundle(stored.author_id)
  if (author.keyVersion !== stored.author_key_version) throw new VerificationError('record signed with another key version')
  const fields: Record<string, string> = {}
  for (const [field, c] of Object.entries(stored.fields as Record<string, { ct: string; wdek: string; sig: string }>)) {
    const rec = recordFromJson({ ...stored, field, ct: c.ct, wdek: c.wdek, sig: c.sig } as unknown as Json)
    fields[field] = decoder.decode(openRecord(rec, pk, author, { recordId: stored.record_id, recordType: stored.record_type, field }))
  }
  return {
    recordId: stored.record_id,
    recordType: stored.record_type,
    recordVersion: stored.record_version,
    authorId: stored.author_id,
    subjectId: stored.subject_id,
    parentId: stored.parent_id,
    createdAt: stored.created_at,
    fields,
  }
}

/** Every (non-deleted) record of a type in a pair, decrypted. */
export async function listRecords(pairId: string, recordType: string): Promise<OpenedRecord[]> {
  const page = unwrap(
    await api.GET('/api/v1/vault/records', { params: { query: { pair_id: pairId, record_type: recordType, limit: 200 } } }),
  )
  const out: OpenedRecord[] = []
  for (const item of page.items) out.push(await openStored(item))
  return out
}

export function isVaultMissing(error: unknown): boolean {
  return error instanceof ProblemError && error.code === 'vault_not_set_up'
}
