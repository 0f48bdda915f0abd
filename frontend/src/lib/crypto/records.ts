/**
 * Encrypted content records: a fresh DEK per version, padded to 256 bytes, the DEK wrapped
 * under the pair key of an epoch, the author's signature over AAD and ciphertext. AAD
 * leaves the epoch out so a rotation re-wraps wdek only.
 *
 * Two formats: 1 (protocol 1.0, AAD "record") and 2 (protocol 1.1, AAD "record2", which
 * also binds parent_id, subject_id and the record's sorted field names, so a record moved
 * to another parent or subject, or a field dropped or added, fails every field's check).
 * Writers use format 2; readers accept both. Same JSON as the Python client.
 */
import { b64d, b64e, canonicalId, enc, utf8 } from './encoding'
import { EncodingError, VerificationError } from './errors'
import type { Identity, PublicBundle } from './identity'
import type { PairKey } from './pairkeys'
import { KEY_BYTES, SIG_BYTES, kdf, openSealed, pad, randomBytes, seal, unpad, verify } from './primitives'
import { checkWireVersion, intField, strField, type Json } from './wire'

export const PRIVATE_EPOCH = 0
export const FORMAT_V1 = 1
export const FORMAT_V2 = 2
export type RecordFormat = typeof FORMAT_V1 | typeof FORMAT_V2

/** One field of one record version; parentId, subjectId and fieldNames are bound by format 2 only ("" = no link). */
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
  format?: RecordFormat
  parentId?: string
  subjectId?: string
  /** Every field name of the record (format 2). */
  fieldNames?: string[]
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
  format?: number
  parent_id?: string
  subject_id?: string
  fields?: string[]
}

export function recordToJson(r: EncryptedRecord): EncryptedRecordJson {
  const out: EncryptedRecordJson = {
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
  }
  if ((r.format ?? FORMAT_V1) !== FORMAT_V1) {
    out.format = r.format
    out.parent_id = r.parentId ?? ''
    out.subject_id = r.subjectId ?? ''
    out.fields = [...(r.fieldNames ?? [])]
  }
  return out
}

/** An id or "" (no link); null and undefined read as "". */
export function linkId(value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value !== 'string') throw new EncodingError('a link must be an id or empty')
  return canonicalId(value)
}

function compareBytes(a: string, b: string): number {
  const x = utf8(a)
  const y = utf8(b)
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0)
  }
  return x.length - y.length
}

/** The `fields` of the record2 AAD: names sorted by byte value, joined with ",". */
export function fieldList(names: Iterable<string>): string {
  const ordered = [...names].sort(compareBytes)
  if (ordered.length === 0 || ordered.some((n) => n === '' || n.includes(',')) || new Set(ordered).size !== ordered.length) {
    throw new EncodingError('field names must be distinct, non-empty and without commas')
  }
  return ordered.join(',')
}

function formatOf(value: unknown): RecordFormat {
  const fmt = value ?? FORMAT_V1
  if (fmt !== FORMAT_V1 && fmt !== FORMAT_V2) throw new EncodingError(`unknown record format ${String(fmt)}`)
  return fmt
}

export function recordFromJson(raw: EncryptedRecordJson | Json): EncryptedRecord {
  const data = raw as Json
  checkWireVersion(data)
  const format = formatOf(data.format)
  let links: Pick<EncryptedRecord, 'format' | 'parentId' | 'subjectId' | 'fieldNames'> = {}
  if (format === FORMAT_V2) {
    const names = data.fields
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) throw new EncodingError('fields must be a list of names')
    links = { format, parentId: linkId(data.parent_id), subjectId: linkId(data.subject_id), fieldNames: names as string[] }
  }
  return {
    ...links,
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

/** Protocol 1.1: the v1 context plus the links and the record's whole field list. */
export const record2Aad = (
  recordType: string,
  field: string,
  recordId: string,
  pairId: string,
  recordVersion: number,
  authorId: string,
  parentId: string,
  subjectId: string,
  fieldNames: Iterable<string>,
): Uint8Array => enc('record2', recordType, field, recordId, pairId, recordVersion, authorId, parentId, subjectId, fieldList(fieldNames))

export function aadOf(r: EncryptedRecord): Uint8Array {
  const format = formatOf(r.format)
  if (format === FORMAT_V1) return recordAad(r.recordType, r.field, r.recordId, r.pairId, r.recordVersion, r.authorId)
  const names = r.fieldNames ?? []
  if (!names.includes(r.field)) throw new VerificationError("the field is not among the record's fields")
  return record2Aad(r.recordType, r.field, r.recordId, r.pairId, r.recordVersion, r.authorId, r.parentId ?? '', r.subjectId ?? '', names)
}
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
  /** 2 (protocol 1.1) unless stated; 1 only to produce old data in tests. */
  format?: RecordFormat
  parentId?: string | null
  subjectId?: string | null
  /** Every field of the record (format 2); [field] when omitted. */
  fieldNames?: string[]
}

export function sealRecord(author: Identity, pairKey: PairKey, input: RecordInput): EncryptedRecord {
  if (input.recordVersion < 1) throw new EncodingError('record_version starts at 1')
  const format = formatOf(input.format ?? FORMAT_V2)
  const dek = input.dek ?? randomBytes(KEY_BYTES)
  const draft: EncryptedRecord = {
    recordId: canonicalId(input.recordId),
    recordType: input.recordType,
    field: input.field,
    pairId: pairKey.pairId,
    recordVersion: input.recordVersion,
    authorId: author.userId,
    epoch: pairKey.epoch,
    ct: new Uint8Array(),
    wdek: new Uint8Array(),
    sig: new Uint8Array(),
  }
  if (format === FORMAT_V2) {
    const names = [...(input.fieldNames ?? [input.field])]
    names.sort(compareBytes)
    fieldList(names)
    Object.assign(draft, { format, parentId: linkId(input.parentId), subjectId: linkId(input.subjectId), fieldNames: names })
  }
  const aad = aadOf(draft)
  const ct = seal(dek, pad(input.plaintext), aad)
  return { ...draft, ct, wdek: seal(pairKey.key, dek, dekAd(aad, pairKey.epoch)), sig: author.sign(sigMessage(aad, ct)) }
}

export interface FieldsInput {
  recordType: string
  recordId: string
  recordVersion: number
  fields: Record<string, Uint8Array>
  parentId?: string | null
  subjectId?: string | null
}

/** Every field of one record version under protocol 1.1 (one DEK per field), sorted by name. */
export function sealFields(author: Identity, pairKey: PairKey, input: FieldsInput): EncryptedRecord[] {
  const names = Object.keys(input.fields).sort(compareBytes)
  return names.map((field) =>
    sealRecord(author, pairKey, {
      recordType: input.recordType,
      field,
      recordId: input.recordId,
      recordVersion: input.recordVersion,
      plaintext: input.fields[field] ?? new Uint8Array(),
      parentId: input.parentId,
      subjectId: input.subjectId,
      fieldNames: names,
    }),
  )
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

/** A stored record as the API returns it: clear metadata and one cipher triple per field. */
export interface StoredRecord {
  record_id: string
  record_type: string
  pair_id: string
  record_version: number
  author_id: string
  epoch: number
  parent_id?: string | null
  subject_id?: string | null
  format?: number
  fields: Record<string, { ct: string; wdek: string; sig: string }>
}

/**
 * One EncryptedRecord per field of a stored record. The field list and the links come
 * from what the server sent, so a moved, dropped or added part fails the checks.
 */
export function storedToRecords(stored: StoredRecord): EncryptedRecord[] {
  const names = Object.keys(stored.fields)
  const format = formatOf(stored.format)
  return names.map((field) => {
    const c = stored.fields[field] ?? { ct: '', wdek: '', sig: '' }
    return recordFromJson({
      record_id: stored.record_id,
      record_type: stored.record_type,
      field,
      pair_id: stored.pair_id,
      record_version: stored.record_version,
      author_id: stored.author_id,
      epoch: stored.epoch,
      ct: c.ct,
      wdek: c.wdek,
      sig: c.sig,
      ...(format === FORMAT_V2
        ? { format, parent_id: linkId(stored.parent_id), subject_id: linkId(stored.subject_id), fields: names }
        : {}),
    })
  })
}
