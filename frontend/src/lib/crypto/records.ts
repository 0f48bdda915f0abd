/**
 * Encrypted content records: a fresh DEK per version, padded to 256 bytes, the DEK wrapped
 * under the pair key of an epoch, the author's signature over AAD and ciphertext. AAD
 * leaves the epoch out so a rotation re-wraps wdek only.
 */
import { b64d, b64e, canonicalId, enc } from './encoding'
import { EncodingError, VerificationError } from './errors'
import type { Identity, PublicBundle } from './identity'
import type { PairKey } from './pairkeys'
import { KEY_BYTES, SIG_BYTES, kdf, openSealed, pad, randomBytes, seal, unpad, verify } from './primitives'
import { checkWireVersion, intField, strField, type Json } from './wire'

export const PRIVATE_EPOCH = 0

export interface EncryptedRecord {
  recordId: string
  recordType: string
  field: string
  pairId: string
  recordVersion: number
  authorId: string
  epoch: number
  ct: Uint8Array
  wdek: Uint8Array
  sig: Uint8Array
}

export interface EncryptedRecordJson {
  record_id: string
  record_type: string
  field: string
  pair_id: string
  record_version: number
  author_id: string
  epoch: number
  ct: string
  wdek: string
  sig: string
}

export const recordToJson = (r: EncryptedRecord): EncryptedRecordJson => ({
  record_id: r.recordId,
  record_type: r.recordType,
  field: r.field,
  pair_id: r.pairId,
  record_version: r.recordVersion,
  author_id: r.authorId,
  epoch: r.epoch,
  ct: b64e(r.ct),
  wdek: b64e(r.wdek),
  sig: b64e(r.sig),
})

export function recordFromJson(raw: EncryptedRecordJson | Json): EncryptedRecord {
  const data = raw as Json
  checkWireVersion(data)
  return {
    recordId: canonicalId(strField(data, 'record_id')),
    recordType: strField(data, 'record_type'),
    field: strField(data, 'field'),
    pairId: canonicalId(strField(data, 'pair_id')),
    recordVersion: intField(data, 'record_version', 1),
    authorId: canonicalId(strField(data, 'author_id')),
    epoch: intField(data, 'epoch', 0),
    ct: b64d(strField(data, 'ct')),
    wdek: b64d(strField(data, 'wdek')),
    sig: b64d(strField(data, 'sig'), SIG_BYTES),
  }
}

export const recordAad = (
  recordType: string,
  field: string,
  recordId: string,
  pairId: string,
  recordVersion: number,
  authorId: string,
): Uint8Array => enc('record', recordType, field, recordId, pairId, recordVersion, authorId)

const aadOf = (r: EncryptedRecord): Uint8Array => recordAad(r.recordType, r.field, r.recordId, r.pairId, r.recordVersion, r.authorId)
const dekAd = (aad: Uint8Array, epoch: number): Uint8Array => enc('dek', aad, epoch)
const sigMessage = (aad: Uint8Array, ct: Uint8Array): Uint8Array => enc('record-sig', aad, ct)

/** Author-only key kdf(UK, 3, "cnstlprv") at epoch 0; pairId scopes the AAD. */
export const privateNotesKey = (uk: Uint8Array, pairId: string): PairKey => ({
  pairId: canonicalId(pairId),
  epoch: PRIVATE_EPOCH,
  key: kdf(uk, 3, 'cnstlprv'),
})

export interface RecordInput {
  recordType: string
  field: string
  recordId: string
  recordVersion: number
  plaintext: Uint8Array
  /** Only for files: the DEK the stream is encrypted under. */
  dek?: Uint8Array
}

export function sealRecord(author: Identity, pairKey: PairKey, input: RecordInput): EncryptedRecord {
  if (input.recordVersion < 1) throw new EncodingError('record_version starts at 1')
  const dek = input.dek ?? randomBytes(KEY_BYTES)
  const recordId = canonicalId(input.recordId)
  const aad = recordAad(input.recordType, input.field, recordId, pairKey.pairId, input.recordVersion, author.userId)
  const ct = seal(dek, pad(input.plaintext), aad)
  return {
    recordId,
    recordType: input.recordType,
    field: input.field,
    pairId: pairKey.pairId,
    recordVersion: input.recordVersion,
    authorId: author.userId,
    epoch: pairKey.epoch,
    ct,
    wdek: seal(pairKey.key, dek, dekAd(aad, pairKey.epoch)),
    sig: author.sign(sigMessage(aad, ct)),
  }
}

/** What the caller asked for; guards against the server answering with another record. */
export interface RecordExpect {
  recordId?: string
  recordType?: string
  field?: string
}

export function unwrapDek(rec: EncryptedRecord, pairKey: PairKey, author: PublicBundle, expect: RecordExpect = {}): Uint8Array {
  if (rec.pairId !== pairKey.pairId || rec.epoch !== pairKey.epoch) throw new VerificationError('record is not under this pair key')
  if (rec.authorId !== author.userId) throw new VerificationError('record author does not match the given bundle')
  if (expect.recordId !== undefined && expect.recordId !== rec.recordId) throw new VerificationError('record is not the one requested')
  if (expect.recordType !== undefined && expect.recordType !== rec.recordType) throw new VerificationError('record type is not the one requested')
  if (expect.field !== undefined && expect.field !== rec.field) throw new VerificationError('record field is not the one requested')
  const aad = aadOf(rec)
  verify(author.edPk, sigMessage(aad, rec.ct), rec.sig)
  const dek = openSealed(pairKey.key, rec.wdek, dekAd(aad, rec.epoch))
  if (dek.length !== KEY_BYTES) throw new VerificationError('DEK has the wrong length')
  return dek
}

export function openRecordAndDek(
  rec: EncryptedRecord,
  pairKey: PairKey,
  author: PublicBundle,
  expect: RecordExpect = {},
): { plaintext: Uint8Array; dek: Uint8Array } {
  const dek = unwrapDek(rec, pairKey, author, expect)
  return { plaintext: unpad(openSealed(dek, rec.ct, aadOf(rec))), dek }
}

/** Plaintext after checking signature, wrap, tag and padding (`author` = pinned bundle). */
export const openRecord = (rec: EncryptedRecord, pairKey: PairKey, author: PublicBundle, expect: RecordExpect = {}): Uint8Array =>
  openRecordAndDek(rec, pairKey, author, expect).plaintext

/** Move a record to a new epoch: re-wrap the DEK only; ct and sig are unchanged. */
export function rewrapRecord(rec: EncryptedRecord, oldKey: PairKey, newKey: PairKey): EncryptedRecord {
  if (rec.pairId !== oldKey.pairId || rec.epoch !== oldKey.epoch || newKey.pairId !== oldKey.pairId) {
    throw new VerificationError('record is not under the old pair key')
  }
  const aad = aadOf(rec)
  const dek = openSealed(oldKey.key, rec.wdek, dekAd(aad, rec.epoch))
  return { ...rec, epoch: newKey.epoch, wdek: seal(newKey.key, dek, dekAd(aad, newKey.epoch)) }
}
