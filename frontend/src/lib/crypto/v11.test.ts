// @vitest-environment node
/**
 * Protocol 1.1 in the browser module: the record2 AAD binding links and the field list,
 * v1 records still read, the keyring, payload checks and the spec's new known answers.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { b64e, enc, utf8 } from './encoding'
import { EncodingError, KeyChangedError, RollbackError, UnknownVersionError, VerificationError } from './errors'
import { BundleStatus, createIdentity, type Identity } from './identity'
import {
  chooseKeyring,
  emptyKeyring,
  keyringFromJson,
  keyringToJson,
  keyringKey,
  mergeKeyrings,
  openKeyring,
  sealKeyring,
  type KeyringData,
} from './keyring'
import { newPairKey, type PairKey } from './pairkeys'
import { checkSessionLink, checkStatus, encodeSessionLink } from './payloads'
import { kdf, randomBytes } from './primitives'
import {
  FORMAT_V1,
  FORMAT_V2,
  fieldList,
  openRecord,
  record2Aad,
  recordFromJson,
  recordToJson,
  rewrapRecord,
  sealFields,
  sealRecord,
  storedToRecords,
  type EncryptedRecord,
  type StoredRecord,
} from './records'
import { KeyPins, parseSafetyNumber, safetyNumber, safetyNumberUri } from './safety'
import { cryptoReady } from './sodium'

const SEED = Uint8Array.from({ length: 32 }, (_, i) => i)
const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
const ALICE = 'a11ce000-0000-4000-8000-00000000000a'
const BOB = 'b0b00000-0000-4000-8000-00000000000b'
const PAIR = '9a1e0000-0000-4000-8000-000000000001'
const RECORD = '3ec00000-0000-4000-8000-000000000001'
const SESSION = '5e550000-0000-4000-8000-000000000001'
const OTHER_SESSION = '5e550000-0000-4000-8000-000000000002'
const OBJECTIVE = '0b1e0000-0000-4000-8000-000000000001'

let alice: Identity, bob: Identity, pk1: PairKey

beforeAll(async () => {
  await cryptoReady()
  alice = createIdentity(ALICE)
  bob = createIdentity(BOB)
  pk1 = newPairKey(PAIR, 1)
})

const toStored = (parts: EncryptedRecord[], over: Partial<StoredRecord> = {}): StoredRecord => {
  const first = parts[0]
  if (!first) throw new Error('no parts')
  return {
    record_id: first.recordId,
    record_type: first.recordType,
    pair_id: first.pairId,
    record_version: first.recordVersion,
    author_id: first.authorId,
    epoch: first.epoch,
    parent_id: first.parentId || null,
    subject_id: first.subjectId || null,
    format: first.format ?? FORMAT_V1,
    fields: Object.fromEntries(parts.map((p) => [p.field, { ct: b64e(p.ct), wdek: b64e(p.wdek), sig: b64e(p.sig) }])),
    ...over,
  }
}

const openAll = (stored: StoredRecord, author = alice): Record<string, string> =>
  Object.fromEntries(storedToRecords(stored).map((r) => [r.field, new TextDecoder().decode(openRecord(r, pk1, author.bundle()))]))

const report = (): EncryptedRecord[] =>
  sealFields(alice, pk1, {
    recordType: 'session_report',
    recordId: RECORD,
    recordVersion: 1,
    parentId: SESSION,
    fields: { body: utf8('Compte rendu'), next_steps: utf8('Relire le plan'), session: utf8(encodeSessionLink({ sessionId: SESSION, startsAt: '2026-12-03T14:00:00Z' })) },
  })

describe('protocol 1.1 known answers', () => {
  it('record2 AAD', () => {
    const aad = enc(
      'record2',
      'session_report',
      'body',
      '3f0c2a1e-0000-4000-8000-000000000001',
      '7d1e5b2c-0000-4000-8000-000000000002',
      1,
      '0b9a8c7d-0000-4000-8000-000000000003',
      '',
      '5a6b7c8d-0000-4000-8000-000000000004',
      'body,next_steps',
    )
    const want =
      '434f4e5354454c3100077265636f726432000e73657373696f6e5f7265706f72740004626f6479002433663063326131652d303030302d343030302d383030302d303030303030303030303031002437643165356232632d303030302d343030302d383030302d303030303030303030303032000131002430623961386337642d303030302d343030302d383030302d3030303030303030303030330000002435613662376338642d303030302d343030302d383030302d303030303030303030303034000f626f64792c6e6578745f7374657073'
    expect(toHex(aad)).toBe(want)
    const built = record2Aad(
      'session_report',
      'body',
      '3f0c2a1e-0000-4000-8000-000000000001',
      '7d1e5b2c-0000-4000-8000-000000000002',
      1,
      '0b9a8c7d-0000-4000-8000-000000000003',
      '',
      '5a6b7c8d-0000-4000-8000-000000000004',
      ['next_steps', 'body'],
    )
    expect(toHex(built)).toBe(want)
  })

  it('keyring key kdf(UK, 4, "cnstlkrg")', () => {
    expect(b64e(kdf(SEED, 4, 'cnstlkrg'))).toBe('eVcvY91mcr2xdZY/jsbFxSEzyVUSZaORTNX95Y/A8VQ=')
    expect(b64e(keyringKey(SEED))).toBe('eVcvY91mcr2xdZY/jsbFxSEzyVUSZaORTNX95Y/A8VQ=')
  })

  it('long-field escape: 65,535 bytes and more use ff ff u32be', () => {
    const short = enc('x', new Uint8Array(65534))
    expect(Array.from(short.slice(11, 13))).toEqual([0xff, 0xfe])
    const long = enc('x', new Uint8Array(65535))
    expect(Array.from(long.slice(11, 17))).toEqual([0xff, 0xff, 0, 0, 0xff, 0xff])
    expect(long.length).toBe(8 + 3 + 6 + 65535)
  })
})

describe('records 1.1', () => {
  it('field list sorts by byte value and refuses bad names', () => {
    expect(fieldList(['status', 'Title', 'body', 'é', 'z'])).toBe('Title,body,status,z,é')
    for (const bad of [[], [''], ['a,b'], ['a', 'a']]) expect(() => fieldList(bad)).toThrow(EncodingError)
  })

  it('writes format 2 by default and round-trips through JSON and the stored shape', () => {
    const parts = report()
    expect(parts.map((p) => p.field)).toEqual(['body', 'next_steps', 'session'])
    for (const p of parts) {
      expect(p.format).toBe(FORMAT_V2)
      expect(recordToJson(recordFromJson(recordToJson(p)))).toEqual(recordToJson(p))
      expect(recordToJson(p)).toMatchObject({ format: 2, parent_id: SESSION, subject_id: '', fields: ['body', 'next_steps', 'session'] })
    }
    const opened = openAll(toStored(parts))
    expect(opened.body).toBe('Compte rendu')
    expect(opened.next_steps).toBe('Relire le plan')
  })

  it('a record moved to another parent or subject fails', () => {
    const stored = toStored(report())
    expect(() => openAll({ ...stored, parent_id: OTHER_SESSION })).toThrow(VerificationError)
    expect(() => openAll({ ...stored, parent_id: null })).toThrow(VerificationError)
    expect(() => openAll({ ...stored, parent_id: null, subject_id: SESSION })).toThrow(VerificationError)
    const objective = toStored(
      sealFields(alice, pk1, { recordType: 'objective', recordId: RECORD, recordVersion: 1, subjectId: OBJECTIVE, fields: { title: utf8('Oser'), status: utf8('defined') } }),
    )
    expect(openAll(objective).title).toBe('Oser')
    expect(() => openAll({ ...objective, subject_id: OTHER_SESSION })).toThrow(VerificationError)
    expect(() => openAll({ ...objective, subject_id: null, parent_id: OBJECTIVE })).toThrow(VerificationError)
  })

  it('a dropped or added field fails every field', () => {
    const stored = toStored(report())
    const { next_steps: dropped, ...rest } = stored.fields
    expect(dropped).toBeDefined()
    const withoutNext = { ...stored, fields: rest }
    for (const r of storedToRecords(withoutNext)) expect(() => openRecord(r, pk1, alice.bundle())).toThrow(VerificationError)
    const extra = sealRecord(alice, pk1, { recordType: 'session_report', field: 'extra', recordId: RECORD, recordVersion: 1, plaintext: utf8('x'), parentId: SESSION })
    const added = { ...stored, fields: { ...stored.fields, extra: { ct: b64e(extra.ct), wdek: b64e(extra.wdek), sig: b64e(extra.sig) } } }
    for (const r of storedToRecords(added)) expect(() => openRecord(r, pk1, alice.bundle())).toThrow(VerificationError)
  })

  it('a format-2 record relabelled format 1 (a downgrade) fails, and the reverse too', () => {
    const stored = toStored(report())
    expect(() => openAll({ ...stored, format: 1 })).toThrow(VerificationError)
    const v1 = sealRecord(alice, pk1, { recordType: 'session_report', field: 'body', recordId: RECORD, recordVersion: 1, plaintext: utf8('v1'), format: FORMAT_V1 })
    expect(openAll(toStored([v1]))).toEqual({ body: 'v1' })
    expect(() => openAll({ ...toStored([v1]), format: 2 })).toThrow(VerificationError)
    expect(() => recordFromJson({ ...recordToJson(v1), format: 3 })).toThrow(EncodingError)
  })

  it('a field of another record version or author does not open', () => {
    const parts = report()
    const v2 = sealFields(alice, pk1, { recordType: 'session_report', recordId: RECORD, recordVersion: 2, parentId: SESSION, fields: { body: utf8('v2'), next_steps: utf8('n'), session: utf8('s') } })
    const mixed = toStored([v2[0] as EncryptedRecord, parts[1] as EncryptedRecord, parts[2] as EncryptedRecord], { record_version: 2 })
    expect(() => openAll(mixed)).toThrow(VerificationError)
    expect(() => openAll(toStored(parts), bob)).toThrow(VerificationError)
  })

  it('rotation re-wraps a format-2 record without touching ct or sig', () => {
    const [body] = report()
    if (!body) throw new Error('no body')
    const pk2 = newPairKey(PAIR, 2)
    const moved = rewrapRecord(body, pk1, pk2)
    expect(moved.ct).toEqual(body.ct)
    expect(new TextDecoder().decode(openRecord(moved, pk2, alice.bundle()))).toBe('Compte rendu')
  })
})

describe('payloads carry what the pair relies on', () => {
  it('a session link matches, mismatches or is unverified', () => {
    const link = encodeSessionLink({ sessionId: SESSION, startsAt: '2026-12-03T14:00:00+00:00' })
    expect(checkSessionLink(link, { sessionId: SESSION, startsAt: '2026-12-03T14:00:00Z' })).toBe('match')
    expect(checkSessionLink(link, { sessionId: SESSION, startsAt: '2026-12-04T14:00:00Z' })).toBe('mismatch')
    expect(checkSessionLink(link, { sessionId: OTHER_SESSION, startsAt: '2026-12-03T14:00:00Z' })).toBe('mismatch')
    expect(checkSessionLink('not json', { sessionId: SESSION, startsAt: '2026-12-03T14:00:00Z' })).toBe('mismatch')
    expect(checkSessionLink(undefined, { sessionId: SESSION, startsAt: '2026-12-03T14:00:00Z' })).toBe('unverified')
    expect(checkStatus('achieved', 'achieved')).toBe('match')
    expect(checkStatus('in_progress', 'achieved')).toBe('mismatch')
    expect(checkStatus(undefined, 'achieved')).toBe('unverified')
  })
})

describe('keyring', () => {
  const data = (): KeyringData => {
    const pins = new KeyPins()
    pins.observe(bob.bundle())
    pins.markVerified(BOB, '2026-12-03T14:00:00.000Z')
    return { pins: pins.toKeyring(), epochs: { [PAIR]: 2 } }
  }

  it('seals and opens; JSON round-trips', () => {
    const uk = randomBytes(32)
    const blob = sealKeyring(uk, ALICE, 3, data())
    const opened = openKeyring(uk, ALICE, 3, blob)
    expect(keyringToJson(opened)).toEqual(keyringToJson(data()))
    expect(opened.pins[BOB]?.verified).toBe(true)
    expect(opened.epochs[PAIR]).toBe(2)
    expect(keyringToJson(opened)).toMatchObject({ v: 1, epochs: { [PAIR]: 2 } })
    expect(Object.keys(keyringToJson(opened).pins[BOB] ?? {}).sort()).toEqual(['ed_pk', 'key_version', 'verified', 'verified_at', 'x_pk'])
  })

  it('another version, person or key does not open; unknown JSON versions are refused', () => {
    const uk = randomBytes(32)
    const blob = sealKeyring(uk, ALICE, 3, data())
    expect(() => openKeyring(uk, ALICE, 2, blob)).toThrow(VerificationError)
    expect(() => openKeyring(uk, BOB, 3, blob)).toThrow(VerificationError)
    expect(() => openKeyring(randomBytes(32), ALICE, 3, blob)).toThrow(VerificationError)
    const flipped = blob.slice()
    flipped[30] = (flipped[30] ?? 0) ^ 1
    expect(() => openKeyring(uk, ALICE, 3, flipped)).toThrow(VerificationError)
    expect(() => keyringFromJson({ v: 2, pins: {}, epochs: {} })).toThrow(UnknownVersionError)
    expect(() => keyringFromJson({ v: 1, pins: { x: {} }, epochs: {} })).toThrow(EncodingError)
    expect(() => sealKeyring(uk, ALICE, 0, emptyKeyring())).toThrow(EncodingError)
  })

  it('takes the higher version of server and local copy, never below the last seen', () => {
    const a = { version: 4, blob: new Uint8Array(1) }
    const b = { version: 5, blob: new Uint8Array(2) }
    expect(chooseKeyring(a, b, 5)).toEqual({ chosen: b, serverBehind: true })
    expect(chooseKeyring(b, a, 4)).toEqual({ chosen: b, serverBehind: false })
    expect(chooseKeyring(null, null, 0)).toEqual({ chosen: null, serverBehind: false })
    expect(() => chooseKeyring(a, null, 5)).toThrow(RollbackError)
    expect(() => chooseKeyring(null, null, 1)).toThrow(RollbackError)
  })

  it('pins loaded from a keyring catch a substituted key in a fresh session', () => {
    const pins = new KeyPins(data().pins)
    expect(pins.isVerified(BOB)).toBe(true)
    const fake = createIdentity(BOB).bundle()
    expect(() => pins.require(fake)).toThrow(KeyChangedError)
    expect(pins.pendingChange(BOB)).toBe(fake)
    expect(pins.require(bob.bundle())).toEqual(bob.bundle())
    let writes = 0
    pins.onChange = () => (writes += 1)
    expect(pins.observe(fake)).toBe(BundleStatus.CHANGED)
    expect(writes).toBe(0)
    pins.accept(fake)
    expect(writes).toBe(1)
    expect(pins.isVerified(BOB)).toBe(false)
    expect(pins.pendingChange(BOB)).toBeUndefined()
    expect(safetyNumber(alice.bundle(), pins.pinned(BOB))).toBe(safetyNumber(alice.bundle(), fake))
  })

  it('a stale save merges: their pins plus mine missing there or newer, verification of the same key, higher epochs', () => {
    const carol = createIdentity('ca401000-0000-4000-8000-00000000000c')
    const mine = new KeyPins()
    mine.observe(bob.bundle())
    mine.markVerified(BOB, '2026-12-03T14:00:00.000Z')
    mine.observe(carol.bundle())
    const theirs = new KeyPins()
    theirs.observe(bob.bundle())
    const merged = mergeKeyrings({ pins: mine.toKeyring(), epochs: { [PAIR]: 1 } }, { pins: theirs.toKeyring(), epochs: { [PAIR]: 3 } })
    expect(merged.pins[BOB]?.verified).toBe(true)
    expect(merged.pins[carol.userId]).toBeDefined()
    expect(merged.epochs[PAIR]).toBe(3)
    // Their pin of another key at the same version wins over mine (never a silent switch back).
    const other = new KeyPins()
    other.observe(createIdentity(BOB).bundle())
    const kept = mergeKeyrings({ pins: mine.toKeyring(), epochs: {} }, { pins: other.toKeyring(), epochs: {} })
    expect(kept.pins[BOB]?.xPk).toEqual(other.toKeyring()[BOB]?.xPk)
    expect(kept.pins[BOB]?.verified).toBe(false)
  })

  it('the safety number QR payload', () => {
    const digits = safetyNumber(alice.bundle(), bob.bundle())
    const uri = safetyNumberUri(digits)
    expect(uri).toMatch(/^constel-sn:1:\d{60}$/)
    expect(parseSafetyNumber(uri)).toBe(digits)
    expect(parseSafetyNumber(digits.replace(/(\d{5})/g, '$1 '))).toBe(digits)
    expect(parseSafetyNumber('constel-sn:2:' + digits)).toBeNull()
  })
})
