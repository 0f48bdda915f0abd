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
  FORMAT_V2,
  KeyChangedError,
  KeyPins,
  SESSION_FIELD,
  STATUS_FIELD,
  changePassphrase,
  checkSessionLink,
  checkStatus,
  encodeSessionLink,
  sealFields,
  storedToRecords,
  unlockWithAccountKey,
  type KeyMaterial,
  type LinkCheck,
  type PinnedKey,
  type StoredRecord,
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
  safetyNumber,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  utf8,
  verifyBundle,
  wrapPairKey,
  type Identity,
  type PairKey,
  type PublicBundle,
} from '@/lib/crypto'
import { forgetLocalKeyring, loadKeyring, saveKeyring, saveKeyringLocally } from './keyring'
import { idleTimeoutMs, lockVault, onActivity, onLock, onSignedIn, requireKeys, setRestoring, setUnlocked, trustChanged, vaultConfig, vaultKeys, type VaultKeys } from './session'
import { forgetTab, recallForTab, rememberForTab, tabHasSession, touchTab } from './tab'

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
  /** 2: links and field list authenticated (protocol 1.1); 1 or absent: written before, links unverified. */
  format?: number
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

// ---- session start: the keyring first, then everything else --------------------------

let saving: Promise<unknown> = Promise.resolve()
/** The save started by the last pin change (awaited by accept / verify to report failures). */
let lastSave: Promise<void> = Promise.resolve()

/** Save the keyring as this session holds it (queued; a 409 is reloaded and merged). */
function saveTrust(): Promise<void> {
  const k = vaultKeys()
  if (!k) return Promise.resolve()
  const run = async (): Promise<void> => {
    if (vaultKeys() !== k) return
    const data = { pins: k.pins.toKeyring(), epochs: { ...k.keyring.epochs } }
    const saved = k.keyring.rolledBack
      ? saveKeyringLocally(k.identity.userId, k.uk, k.keyring.version, data)
      : await saveKeyring(k.identity.userId, k.uk, k.keyring.version, data)
    if (vaultKeys() !== k) return
    k.keyring.version = saved.version
    k.keyring.epochs = { ...saved.data.epochs }
    for (const [pairId, epoch] of Object.entries(saved.data.epochs)) k.ring.remember(pairId, epoch)
    if (saved.data !== data) k.pins.load(saved.data.pins)
    trustChanged()
  }
  const next = saving.then(run, run)
  saving = next.catch(() => undefined)
  return next
}

/** Record the highest epoch seen for a pair in the keyring (an old epoch is then refused). */
async function rememberEpoch(pairId: string): Promise<void> {
  const k = requireKeys()
  const highest = k.ring.highestEpoch(pairId)
  if (highest > (k.keyring.epochs[pairId] ?? 0)) {
    k.keyring.epochs = { ...k.keyring.epochs, [pairId]: highest }
    await saveTrust()
  }
}

/** Load the keyring before anything else, then hold the keys for this tab. */
async function startSession(identity: Identity, uk: Uint8Array, bundle: PublicBundle): Promise<void> {
  const loaded = await loadKeyring(identity.userId, uk)
  const pins = new KeyPins(Object.fromEntries(Object.entries(loaded.data.pins).filter(([uid]) => uid !== identity.userId)))
  const ring = new PairKeyRing()
  for (const [pairId, epoch] of Object.entries(loaded.data.epochs)) ring.remember(pairId, epoch)
  const keys: VaultKeys = {
    identity,
    uk,
    bundle,
    pins,
    ring,
    keyring: { version: loaded.version, epochs: { ...loaded.data.epochs }, rolledBack: loaded.rolledBack },
  }
  pins.onChange = () => {
    trustChanged()
    lastSave = saveTrust()
    lastSave.catch(() => undefined)
  }
  setUnlocked(keys)
  await rememberForTab(identity.userId, uk)
}

onLock(() => void forgetTab(idleTimeoutMs()))
onActivity((at) => touchTab(at))
onSignedIn(() => {
  if (tabHasSession() && !vaultKeys()) void restoreVault()
})

/**
 * After a reload: the account key kept for this tab (./tab) unwraps the private keys
 * again, the keyring is loaded again; false when nothing could be restored.
 */
export async function restoreVault(): Promise<boolean> {
  if (!tabHasSession()) return false
  setRestoring(true)
  try {
    await cryptoReady()
    const stored = await fetchMyVault()
    if (!stored) return false
    const material = keyMaterialFromJson(stored.material as unknown as Json)
    const uk = await recallForTab(material.userId, idleTimeoutMs())
    if (!uk) return false
    const result = unlockWithAccountKey(material, uk)
    const bundle = checkOwnBundle(stored.bundle as unknown as Json, result.identity)
    await startSession(result.identity, result.uk, bundle)
    return true
  } catch {
    await forgetTab(idleTimeoutMs())
    return false
  } finally {
    setRestoring(false)
  }
}

function checkOwnBundle(raw: Json, identity: Identity): PublicBundle {
  const bundle = bundleFromJson(raw)
  verifyBundle(bundle)
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i])
  if (bundle.userId !== identity.userId || bundle.keyVersion !== identity.keyVersion || !same(bundle.xPk, identity.xPk) || !same(bundle.edPk, identity.edPk)) {
    throw new VerificationError('the published bundle does not match my private keys')
  }
  return bundle
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
  forgetLocalKeyring(userId)
  await startSession(account.identity, account.uk, account.bundle)
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
  await startSession(result.identity, result.uk, checkOwnBundle(stored.bundle as unknown as Json, result.identity))
}

/** Lock now (the person asked): keys forgotten, this tab's kept key deleted. */
export function lockNow(): void {
  lockVault('manual')
}

/** A new passphrase for the unlocked vault (after a recovery-key unlock, or by choice). */
export async function changeVaultPassphrase(newPassphrase: string): Promise<void> {
  const { uk, identity } = requireKeys()
  const stored = await fetchMyVault()
  if (!stored) throw new VerificationError('no vault yet')
  const material: KeyMaterial = keyMaterialFromJson(stored.material as unknown as Json)
  if (material.userId !== identity.userId) throw new VerificationError("the server returned someone else's keys")
  const { floor, ops, mem } = vaultConfig()
  const next = await changePassphrase(material, uk, newPassphrase, { ops, mem, floor, argon2: argon2Runner(floor) })
  unwrap(await api.PUT('/api/v1/vault/me/key-material', { body: keyMaterialToJson(next) as never }))
}

async function fetchBundle(personId: string): Promise<PublicBundle> {
  const data = unwrap(await api.GET('/api/v1/vault/bundles/{person_id}', { params: { path: { person_id: personId } } }))
  return bundleFromJson(data as unknown as Json)
}

/**
 * A person's current bundle if it matches the pin from the keyring (first sight pins it
 * and saves the keyring); KeyChangedError when it differs, until the person accepts it.
 */
export async function trustedBundle(personId: string): Promise<PublicBundle> {
  const keys = requireKeys()
  if (personId === keys.identity.userId) return keys.bundle
  const bundle = await fetchBundle(personId)
  const known = keys.pins.pendingChange(personId)
  try {
    return keys.pins.require(bundle)
  } catch (error) {
    // Screens showing trust re-read on a newly seen change only (they call this again).
    const same = known !== undefined && b64e(known.xPk) === b64e(bundle.xPk) && b64e(known.edPk) === b64e(bundle.edPk)
    if (error instanceof KeyChangedError && !same) trustChanged()
    throw error
  }
}

/**
 * The key to check what this person signed: the trusted bundle, or — while a changed key
 * waits for acceptance — the pinned one, so what they signed before still reads and
 * anything signed by the new key fails.
 */
async function signerKey(personId: string): Promise<PublicBundle> {
  try {
    return await trustedBundle(personId)
  } catch (error) {
    if (!(error instanceof KeyChangedError)) throw error
    return requireKeys().pins.pinned(personId) as PublicBundle
  }
}

/** The pair's 60-digit safety number in groups of five, the same on both screens. */
export async function pairSafetyNumber(partnerId: string): Promise<string> {
  const { bundle } = requireKeys()
  return formatDigits(safetyNumber(bundle, await trustedBundle(partnerId)))
}

export type PartnerKeyState = 'trusted' | 'changed' | 'missing'

export interface PartnerTrust {
  state: PartnerKeyState
  /** The safety number of the pinned key (60 digits, no spaces); null before the partner has keys. */
  safetyNumber: string | null
  /** The safety number the changed key would give, to compare before accepting. */
  newSafetyNumber: string | null
  verified: boolean
  verifiedAt: string | null
}

/** Where trust in this partner stands: pinned and unchanged, changed (blocked), or no keys yet. */
export async function partnerTrust(partnerId: string): Promise<PartnerTrust> {
  const keys = requireKeys()
  let state: PartnerKeyState = 'trusted'
  try {
    await trustedBundle(partnerId)
  } catch (error) {
    if (error instanceof KeyChangedError) state = 'changed'
    else if (error instanceof ProblemError && error.problem.status === 404) state = 'missing'
    else throw error
  }
  if (state === 'missing' || !keys.pins.has(partnerId)) {
    return { state: 'missing', safetyNumber: null, newSafetyNumber: null, verified: false, verifiedAt: null }
  }
  const pending = keys.pins.pendingChange(partnerId)
  return {
    state,
    safetyNumber: safetyNumber(keys.bundle, keys.pins.pinned(partnerId)),
    newSafetyNumber: pending ? safetyNumber(keys.bundle, pending) : null,
    verified: keys.pins.isVerified(partnerId),
    verifiedAt: keys.pins.verifiedAt(partnerId),
  }
}

/** A changed key seen for this partner and not accepted yet (the banner shows it). */
export function pendingKeyChange(partnerId: string): boolean {
  return vaultKeys()?.pins.pendingChange(partnerId) !== undefined
}

/** The person compared and accepts the partner's new key: pinned (unverified) and saved in the keyring. */
export async function acceptPartnerKey(partnerId: string): Promise<void> {
  const { pins } = requireKeys()
  const pending = pins.pendingChange(partnerId) ?? (await fetchBundle(partnerId))
  pins.accept(pending)
  await lastSave
}

/** The person compared the safety number with their partner: verified, saved in the keyring. */
export async function markPartnerVerified(partnerId: string): Promise<void> {
  const { pins } = requireKeys()
  await trustedBundle(partnerId)
  pins.markVerified(partnerId)
  await lastSave
}

/** Every partner of the pair on their pinned key; KeyChangedError blocks wrapping and writing. */
async function requirePartnersTrusted(info: PairRead): Promise<void> {
  const { identity } = requireKeys()
  for (const m of info.members) if (m.person_id !== identity.userId && m.key_version !== null) await trustedBundle(m.person_id)
}

async function getPair(pairId: string): Promise<PairRead> {
  const info = unwrap(await api.GET('/api/v1/vault/pairs/{pair_id}', { params: { path: { pair_id: pairId } } }))
  // The highest epoch comes from the keyring: a server offering an older one is refused.
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
    const wrapper = await signerKey(env.wrapperId)
    ring.add(openEnvelope(env, identity, wrapper, members, { pairId, epoch: env.epoch }))
  }
  await rememberEpoch(pairId)
  return info
}

export type PairKeyState = 'ready' | 'waiting'

/**
 * Make sure this client holds the pair's newest key. Creates epoch 1 when the pair has
 * none yet and both members have published their keys; 'waiting' until then.
 */
export async function ensurePairKey(pairId: string): Promise<PairKeyState> {
  const { identity, ring } = requireKeys()
  if (hasCurrentKey(pairId)) return 'ready'
  const info = await loadPairKeys(pairId)
  if (hasCurrentKey(pairId)) return 'ready'
  if (info.current_epoch > 0) return 'waiting'
  if (info.members.some((m) => m.key_version === null)) return 'waiting'
  await requirePartnersTrusted(info)
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
    return hasCurrentKey(pairId) ? 'ready' : 'waiting'
  }
  unwrap(result)
  ring.add(pk)
  await rememberEpoch(pairId)
  return 'ready'
}

function hasCurrentKey(pairId: string): boolean {
  const { ring } = requireKeys()
  const epoch = ring.highestEpoch(pairId)
  if (epoch === 0) return false
  try {
    ring.get(pairId, epoch)
    return true
  } catch {
    return false
  }
}

export interface WriteOptions {
  subjectId?: string
  parentId?: string
  recordId?: string
  version?: number
  /** A session report's séance: its id becomes the subject and, with its date, goes inside the payload. */
  session?: { id: string; startsAt: string }
  /** An objective's or action item's status, carried inside the payload too. */
  status?: string
}

/**
 * Encrypt and store a record (version 1, or `version` for an edit, always re-encrypted as
 * protocol 1.1) under the newest epoch. Refused (KeyChangedError) while a partner's
 * changed key waits for acceptance.
 */
export async function writeRecord(pairId: string, recordType: string, fields: Record<string, string>, opts: WriteOptions = {}): Promise<RecordRead> {
  if ((await ensurePairKey(pairId)) !== 'ready') throw new VerificationError('the pair key is not available yet')
  await requirePartnersTrusted(await getPair(pairId))
  const { identity, ring } = requireKeys()
  const pk = ring.current(pairId)
  const recordId = opts.recordId ?? newRecordId()
  const version = opts.version ?? 1
  const all: Record<string, string> = { ...fields }
  if (recordType === 'session_report' && !opts.session && opts.subjectId) opts = { ...opts, session: await sessionLink(pairId, opts.subjectId) }
  if (opts.session) all[SESSION_FIELD] = encodeSessionLink({ sessionId: opts.session.id, startsAt: opts.session.startsAt })
  if (opts.status !== undefined) all[STATUS_FIELD] = opts.status
  const subjectId = opts.session?.id ?? opts.subjectId ?? null
  const parentId = opts.parentId ?? null
  const sealed = sealFields(identity, pk, {
    recordType,
    recordId,
    recordVersion: version,
    fields: Object.fromEntries(Object.entries(all).map(([k, v]) => [k, utf8(v)])),
    parentId,
    subjectId,
  })
  const body = {
    format: FORMAT_V2,
    record_id: recordId,
    record_type: recordType,
    pair_id: pk.pairId,
    record_version: version,
    author_id: identity.userId,
    epoch: pk.epoch,
    parent_id: parentId,
    subject_id: subjectId,
    fields: Object.fromEntries(sealed.map((r) => [r.field, { ct: b64e(r.ct), wdek: b64e(r.wdek), sig: b64e(r.sig) }])),
  }
  if (version === 1) return unwrap(await api.POST('/api/v1/vault/records', { body: body as never }))
  return unwrap(await api.PUT('/api/v1/vault/records/{record_id}', { params: { path: { record_id: recordId } }, body: body as never }))
}

/** A séance's id and start as the API states them, to carry inside its report. */
async function sessionLink(pairId: string, sessionId: string): Promise<{ id: string; startsAt: string }> {
  const session = unwrap(
    await api.GET('/api/v1/mentorships/{mentorship_id}/sessions/{session_id}', { params: { path: { mentorship_id: pairId, session_id: sessionId } } }),
  )
  return { id: session.id, startsAt: session.starts_at }
}

/**
 * Whether what the payload carries agrees with the clear metadata the server returned:
 * 'mismatch' means the server changed or moved something; 'unverified' a record written
 * before protocol 1.1 (re-encrypted at its next edit).
 */
export function recordLinkCheck(record: OpenedRecord, clear: { session?: { id: string; startsAt: string }; status?: string }): LinkCheck {
  if ((record.format ?? 1) < FORMAT_V2) return 'unverified'
  const checks: LinkCheck[] = []
  if (clear.session) checks.push(checkSessionLink(record.fields[SESSION_FIELD], { sessionId: clear.session.id, startsAt: clear.session.startsAt }))
  if (clear.status !== undefined) checks.push(checkStatus(record.fields[STATUS_FIELD], clear.status))
  if (checks.includes('mismatch')) return 'mismatch'
  return checks.includes('unverified') ? 'unverified' : 'match'
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
  const author: PinnedKey = stored.author_id === identity.userId ? bundle : await signerKey(stored.author_id)
  if (author.keyVersion !== stored.author_key_version) throw new VerificationError('record signed with another key version')
  const fields: Record<string, string> = {}
  for (const rec of storedToRecords(stored as unknown as StoredRecord)) {
    fields[rec.field] = decoder.decode(openRecord(rec, pk, author as PublicBundle, { recordId: stored.record_id, recordType: stored.record_type, field: rec.field }))
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
    format: stored.format,
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
