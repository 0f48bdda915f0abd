// @vitest-environment node
/**
 * Cross-language golden files (README: tests/golden/README.md).
 *
 * Each run writes var/golden/ts/*.json and verifies the Python client's files: var/golden/py
 * from the same `make test` run (pytest runs first) when present, else the committed
 * tests/golden/py. Regenerate the committed files by hand:
 *   cd frontend && CONSTEL_GOLDEN_COMMIT=1 npx vitest run src/lib/crypto/golden.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  keyMaterialFromJson,
  keyMaterialToJson,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  wrapUkPassphrase,
  wrapUkRecovery,
  type KeyMaterial,
  type KeyMaterialJson,
} from './account'
import { b64d, b64e, enc, equalBytes, fromUtf8, utf8 } from './encoding'
import { RollbackError, VerificationError } from './errors'
import { CHUNK_SIZE, CIPHER_CHUNK_SIZE, decryptChunks, encryptChunks, openFile, startFile } from './files'
import {
  BundleStatus,
  bundleFromJson,
  bundleToJson,
  identityFromSeeds,
  verifyBundle,
  wrapIdentity,
  type Identity,
  type PublicBundle,
  type PublicBundleJson,
} from './identity'
import { computeKeyId, envelopeFromJson, envelopeToJson, keyId, openEnvelope, wrapPairKey, type EnvelopeJson, type PairKey } from './pairkeys'
import { ARGON2ID13, KDF_VERSION, MIB, generichash, kdfFloor, type KdfParams } from './primitives'
import {
  FORMAT_V1,
  FORMAT_V2,
  openRecord,
  privateNotesKey,
  recordFromJson,
  recordToJson,
  rewrapRecord,
  sealFields,
  sealRecord,
  storedToRecords,
  type EncryptedRecord,
  type EncryptedRecordJson,
  type StoredRecord,
} from './records'
import { chooseKeyring, keyringToJson, openKeyring, sealKeyring, type KeyringJson } from './keyring'
import { checkSessionLink, encodeSessionLink } from './payloads'
import { formatRecoveryKey } from './recovery'
import { KeyPins, bundleFingerprint, safetyNumber } from './safety'
import { cryptoReady } from './sodium'

/** tests/golden/ of the repository, whether vitest runs from frontend/ or from the root. */
const GOLDEN = [resolve(process.cwd(), '../tests/golden'), resolve(process.cwd(), 'tests/golden')].find((p) => existsSync(p)) + '/'
/** Live files written by this run (var/golden, ignored by git); readers prefer them over the committed ones. */
const LIVE = resolve(GOLDEN, '../../var/golden') + '/'
const WRITE_ROOT = process.env.CONSTEL_GOLDEN_COMMIT === '1' ? GOLDEN : LIVE
const PEOPLE: Record<string, string> = {
  alice: 'a11ce000-0000-4000-8000-00000000000a',
  bob: 'b0b00000-0000-4000-8000-00000000000b',
  carol: 'ca401000-0000-4000-8000-00000000000c',
}
const PAIR_ID = '9a1e0000-0000-4000-8000-000000000001'
const PASSPHRASE = 'correct horse battery staple ✓'
const FLOOR = kdfFloor(1, MIB)
const FILE_SIZE = CHUNK_SIZE + 1000

interface PersonJson {
  name: string
  user_id: string
  key_version: number
  x_seed: string
  ed_seed: string
  bundle: PublicBundleJson
  fingerprint: string
}
interface IdentitiesJson {
  format: number
  generator: string
  people: PersonJson[]
  rotated: { name: string; key_version: number; x_seed: string; ed_seed: string; bundle: PublicBundleJson }
  safety_number: string
  account: {
    user_id: string
    passphrase: string
    floor: { ops: number; mem: number }
    uk: string
    recovery_raw: string
    recovery_key: string
    material: KeyMaterialJson
  }
}
interface EnvelopesJson {
  format: number
  generator: string
  pair_id: string
  epochs: { epoch: number; members: string[]; wrapper: string; key: string; key_id: string; envelopes: EnvelopeJson[] }[]
}
interface RecordItemJson {
  name: string
  author: string
  key: { epoch: number; uk?: string }
  plaintext: string
  record: EncryptedRecordJson
}
interface RecordsJson {
  format: number
  generator: string
  pair_id: string
  records: RecordItemJson[]
}
interface FileJson {
  format: number
  generator: string
  pair_id: string
  doc_id: string
  author: string
  epoch: number
  size: number
  pattern: string
  record: EncryptedRecordJson
  stream: string
}

const seed = (generator: string, name: string, part: string): Uint8Array => generichash(32, enc('golden-seed', generator, name, part))
const filePattern = (size: number): Uint8Array => Uint8Array.from({ length: size }, (_, i) => (7 * i + 3) % 256)

function write(side: string, name: string, data: object): void {
  mkdirSync(`${WRITE_ROOT}${side}`, { recursive: true })
  writeFileSync(`${WRITE_ROOT}${side}/${name}`, JSON.stringify(data, null, 2) + '\n', 'utf-8')
}

function read<T>(side: string, name: string): T {
  const live = `${LIVE}${side}/${name}`
  const path = existsSync(live) ? live : `${GOLDEN}${side}/${name}`
  if (!existsSync(path)) throw new Error(`missing golden file ${path}`)
  return JSON.parse(readFileSync(path, 'utf-8')) as T
}

const person = (name: string): string => PEOPLE[name] ?? ''

async function* once(data: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += 50_000) yield data.slice(i, i + 50_000)
}

async function collect(gen: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  for await (const p of gen) parts.push(p)
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let pos = 0
  for (const p of parts) {
    out.set(p, pos)
    pos += p.length
  }
  return out
}

async function generate(side = 'ts', generator = 'typescript'): Promise<void> {
  const ids: Record<string, Identity> = {}
  for (const name of Object.keys(PEOPLE)) ids[name] = identityFromSeeds(person(name), 1, seed(generator, name, 'x'), seed(generator, name, 'ed'))
  const id = (name: string): Identity => {
    const i = ids[name]
    if (!i) throw new Error(name)
    return i
  }
  const alice2 = identityFromSeeds(person('alice'), 2, seed(generator, 'alice2', 'x'), seed(generator, 'alice2', 'ed'))
  const uk = seed(generator, 'alice', 'uk')
  const rk = seed(generator, 'alice', 'rk')
  const params: KdfParams = { v: KDF_VERSION, alg: ARGON2ID13, salt: seed(generator, 'alice', 'salt').slice(0, 16), ops: FLOOR.ops, mem: FLOOR.mem }
  const material: KeyMaterial = {
    userId: person('alice'),
    keyVersion: 1,
    kdf: params,
    wrappedUkPw: await wrapUkPassphrase(uk, person('alice'), PASSPHRASE, params, { floor: FLOOR }),
    wrappedUkRk: wrapUkRecovery(uk, person('alice'), rk),
    wrappedKeys: wrapIdentity(uk, id('alice')),
  }
  const identities: IdentitiesJson = {
    format: 1,
    generator,
    people: Object.keys(PEOPLE).map((name) => ({
      name,
      user_id: person(name),
      key_version: 1,
      x_seed: b64e(seed(generator, name, 'x')),
      ed_seed: b64e(seed(generator, name, 'ed')),
      bundle: bundleToJson(id(name).bundle()),
      fingerprint: bundleFingerprint(id(name).bundle()),
    })),
    rotated: {
      name: 'alice',
      key_version: 2,
      x_seed: b64e(seed(generator, 'alice2', 'x')),
      ed_seed: b64e(seed(generator, 'alice2', 'ed')),
      bundle: bundleToJson(alice2.bundle(id('alice'))),
    },
    safety_number: safetyNumber(id('alice').bundle(), id('bob').bundle()),
    account: {
      user_id: person('alice'),
      passphrase: PASSPHRASE,
      floor: { ops: FLOOR.ops, mem: FLOOR.mem },
      uk: b64e(uk),
      recovery_raw: b64e(rk),
      recovery_key: formatRecoveryKey(rk),
      material: keyMaterialToJson(material),
    },
  }
  write(side, 'identities.json', identities)

  const keys: Record<number, PairKey> = {
    1: { pairId: PAIR_ID, epoch: 1, key: seed(generator, 'pair', '1') },
    2: { pairId: PAIR_ID, epoch: 2, key: seed(generator, 'pair', '2') },
  }
  const key = (e: number): PairKey => {
    const k = keys[e]
    if (!k) throw new Error(String(e))
    return k
  }
  const members: Record<number, string[]> = { 1: ['alice', 'bob'], 2: ['alice', 'carol'] }
  const envelopes: EnvelopesJson = {
    format: 1,
    generator,
    pair_id: PAIR_ID,
    epochs: [1, 2].map((e) => ({
      epoch: e,
      members: members[e] ?? [],
      wrapper: 'alice',
      key: b64e(key(e).key),
      key_id: b64e(keyId(key(e))),
      envelopes: (members[e] ?? []).map((m) => envelopeToJson(wrapPairKey(id('alice'), key(e), id(m).bundle()))),
    })),
  }
  write(side, 'envelopes.json', envelopes)

  const rec = (name: string, author: string, epoch: number, text: Uint8Array, rid: number, recordType = 'session_report'): RecordItemJson => {
    const pk = epoch === 0 ? privateNotesKey(uk, PAIR_ID) : key(epoch)
    const r = sealRecord(id(author), pk, {
      format: FORMAT_V1,
      recordType,
      field: 'body',
      recordId: `3ec00000-0000-4000-8000-${String(rid).padStart(12, '0')}`,
      recordVersion: 1,
      plaintext: text,
    })
    return { name, author, key: epoch === 0 ? { epoch, uk: b64e(uk) } : { epoch }, plaintext: b64e(text), record: recordToJson(r) }
  }
  const items = [
    rec('empty', 'alice', 1, new Uint8Array(0), 1),
    rec('unicode', 'bob', 1, utf8('Séance : objectifs 🎯 — 日本語 «ok»'), 2),
    rec('long', 'alice', 1, filePattern(70_000), 3),
    rec('private', 'alice', 0, utf8('note privée'), 4, 'private_note'),
  ]
  const original = rec('original', 'bob', 1, utf8('avant la rotation'), 5)
  const moved = rewrapRecord(recordFromJson(original.record), key(1), key(2))
  items.push(original, { ...original, name: 'rotated', key: { epoch: 2 }, record: recordToJson(moved) })
  write(side, 'records.json', { format: 1, generator, pair_id: PAIR_ID, records: items } satisfies RecordsJson)

  const docId = 'd0c00000-0000-4000-8000-000000000001'
  const { record, encryptor } = startFile(id('alice'), key(1), { docId, format: FORMAT_V1 })
  const stream = await collect(encryptChunks(encryptor, once(filePattern(FILE_SIZE))))
  const file: FileJson = {
    format: 1,
    generator,
    pair_id: PAIR_ID,
    doc_id: docId,
    author: 'alice',
    epoch: 1,
    size: FILE_SIZE,
    pattern: 'byte i = (7 i + 3) mod 256',
    record: recordToJson(record),
    stream: b64e(stream),
  }
  write(side, 'file.json', file)
}

async function verifySide(side: string): Promise<void> {
  const idf = read<IdentitiesJson>(side, 'identities.json')
  const ids: Record<string, Identity> = {}
  const bundles: Record<string, PublicBundle> = {}
  for (const p of idf.people) {
    const ident = identityFromSeeds(p.user_id, p.key_version, b64d(p.x_seed), b64d(p.ed_seed))
    const bundle = bundleFromJson(p.bundle)
    expect(bundleToJson(bundle)).toEqual(p.bundle)
    expect(bundleToJson(ident.bundle())).toEqual(p.bundle) // Ed25519 is deterministic
    expect(verifyBundle(bundle)).toBe(BundleStatus.NEW)
    expect(bundleFingerprint(bundle)).toBe(p.fingerprint)
    ids[p.name] = ident
    bundles[p.name] = bundle
  }
  const id = (n: string): Identity => ids[n] ?? (() => { throw new Error(n) })()
  const bundle = (n: string): PublicBundle => bundles[n] ?? (() => { throw new Error(n) })()
  const rot = idf.rotated
  const alice2 = identityFromSeeds(id('alice').userId, 2, b64d(rot.x_seed), b64d(rot.ed_seed))
  expect(bundleToJson(alice2.bundle(id('alice')))).toEqual(rot.bundle)
  expect(verifyBundle(bundleFromJson(rot.bundle), bundle('alice'))).toBe(BundleStatus.ROTATED)
  expect(safetyNumber(bundle('bob'), bundle('alice'))).toBe(idf.safety_number)
  const acc = idf.account
  const material = keyMaterialFromJson(acc.material)
  expect(keyMaterialToJson(material)).toEqual(acc.material)
  const floor = kdfFloor(acc.floor.ops, acc.floor.mem)
  for (const unlocked of [await unlockWithPassphrase(material, acc.passphrase, { floor }), unlockWithRecoveryKey(material, acc.recovery_key)]) {
    expect(b64e(unlocked.uk)).toBe(acc.uk)
    expect(bundleToJson(unlocked.identity.bundle())).toEqual(bundleToJson(id('alice').bundle()))
  }
  expect(formatRecoveryKey(b64d(acc.recovery_raw))).toBe(acc.recovery_key)

  const envf = read<EnvelopesJson>(side, 'envelopes.json')
  const keys: Record<number, PairKey> = {}
  for (const ep of envf.epochs) {
    const members = ep.members.map((m) => id(m).userId)
    expect(b64e(computeKeyId(b64d(ep.key), envf.pair_id, ep.epoch))).toBe(ep.key_id)
    ep.envelopes.forEach((raw, i) => {
      const env = envelopeFromJson(raw)
      expect(envelopeToJson(env)).toEqual(raw)
      const name = ep.members[i] ?? ''
      const pk = openEnvelope(env, id(name), bundle(ep.wrapper), members, { pairId: envf.pair_id, epoch: ep.epoch })
      expect(b64e(pk.key)).toBe(ep.key)
      keys[ep.epoch] = pk
      if (!ep.members.includes('bob')) {
        expect(() => openEnvelope(env, id('bob'), bundle(ep.wrapper), members, { pairId: envf.pair_id, epoch: ep.epoch })).toThrow(VerificationError)
      }
    })
  }
  const key = (e: number): PairKey => keys[e] ?? (() => { throw new Error(String(e)) })()

  const recf = read<RecordsJson>(side, 'records.json')
  const byName: Record<string, ReturnType<typeof recordFromJson>> = {}
  for (const item of recf.records) {
    const r = recordFromJson(item.record)
    expect(recordToJson(r)).toEqual(item.record)
    const pk = item.key.epoch === 0 ? privateNotesKey(b64d(item.key.uk ?? ''), r.pairId) : key(item.key.epoch)
    expect(b64e(openRecord(r, pk, bundle(item.author)))).toBe(item.plaintext)
    byName[item.name] = r
  }
  const orig = byName.original
  const moved = byName.rotated
  if (!orig || !moved) throw new Error('missing rotated record')
  expect(moved.ct).toEqual(orig.ct)
  expect(moved.sig).toEqual(orig.sig)
  expect(moved.epoch).toBe(2)
  expect(() => openRecord(moved, key(1), bundle('bob'))).toThrow(VerificationError)

  const ff = read<FileJson>(side, 'file.json')
  const stream = b64d(ff.stream)
  expect(ff.size).toBeGreaterThan(CHUNK_SIZE)
  expect(stream.length).toBe(ff.size + 2 * (CIPHER_CHUNK_SIZE - CHUNK_SIZE))
  const dec = openFile(recordFromJson(ff.record), key(ff.epoch), bundle(ff.author), ff.doc_id)
  expect(equalBytes(await collect(decryptChunks(dec, once(stream))), filePattern(ff.size))).toBe(true)
}

// ---- protocol 1.1: records11.json, file11.json, keyring.json --------------------
// Same names, layout and items on both sides (tests/golden/README.md).

interface Record11Json {
  name: string
  author: string
  key: { epoch: number; uk?: string }
  /** field name -> plaintext (base64) */
  plaintext: Record<string, string>
  /** as the API stores and returns it */
  record: StoredRecord & { author_key_version: number }
}
interface Records11Json {
  format: number
  generator: string
  pair_id: string
  records: Record11Json[]
}
interface File11Json {
  format: number
  generator: string
  pair_id: string
  author: string
  epoch: number
  pattern: string
  files: { doc_id: string; size: number; record: StoredRecord & { author_key_version: number }; stream: string }[]
}
interface KeyringFileJson {
  format: number
  generator: string
  user_id: string
  uk: string
  keyring_version: number
  blob: string
  keyring: KeyringJson
}

const SESSION_ID = '5e550000-0000-4000-8000-000000000001'
const OBJECTIVE_ID = '0b1e0000-0000-4000-8000-000000000001'
const OTHER_ID = '0ffe0000-0000-4000-8000-000000000001'
const FILE11_SIZES = [CHUNK_SIZE + 1000, 2 * CHUNK_SIZE, 0]

/** A record as the API stores and returns it (the shape both sides write). */
function toStored(parts: EncryptedRecord[]): StoredRecord & { author_key_version: number } {
  const first = parts[0]
  if (!first) throw new Error('no parts')
  return {
    format: first.format ?? FORMAT_V1,
    record_id: first.recordId,
    record_type: first.recordType,
    pair_id: first.pairId,
    record_version: first.recordVersion,
    author_id: first.authorId,
    epoch: first.epoch,
    parent_id: first.parentId || null,
    subject_id: first.subjectId || null,
    fields: Object.fromEntries(parts.map((p) => [p.field, { ct: b64e(p.ct), wdek: b64e(p.wdek), sig: b64e(p.sig) }])),
    author_key_version: 1,
  }
}

async function generate11(side = 'ts', generator = 'typescript'): Promise<void> {
  const ident = (name: string): Identity => identityFromSeeds(person(name), 1, seed(generator, name, 'x'), seed(generator, name, 'ed'))
  const key = (e: number): PairKey => ({ pairId: PAIR_ID, epoch: e, key: seed(generator, 'pair', String(e)) })
  const uk = seed(generator, 'alice', 'uk')
  const rid = (n: number): string => `3ec11000-0000-4000-8000-${String(n).padStart(12, '0')}`
  const item = (
    name: string,
    author: string,
    epoch: number,
    recordType: string,
    n: number,
    fields: Record<string, Uint8Array>,
    links: { parentId?: string; subjectId?: string; version?: number } = {},
  ): Record11Json => {
    const pk = epoch === 0 ? privateNotesKey(uk, PAIR_ID) : key(epoch)
    const parts = sealFields(ident(author), pk, {
      recordType,
      recordId: rid(n),
      recordVersion: links.version ?? 1,
      fields,
      parentId: links.parentId,
      subjectId: links.subjectId,
    })
    const names = Object.keys(fields).sort()
    return {
      name,
      author,
      key: epoch === 0 ? { epoch, uk: b64e(uk) } : { epoch },
      plaintext: Object.fromEntries(names.map((f) => [f, b64e(fields[f] ?? new Uint8Array())])),
      record: toStored(parts),
    }
  }
  const link = encodeSessionLink({ sessionId: SESSION_ID, startsAt: '2026-12-03T14:00:00+00:00' })
  const original = item('original', 'bob', 1, 'feedback', 7, { body: utf8('avant la rotation') })
  const moved = storedToRecords(original.record).map((r) => rewrapRecord(r, key(1), key(2)))
  const items = [
    item('report', 'alice', 1, 'session_report', 1, { body: utf8('Compte rendu ✓'), next_steps: new Uint8Array(0), session: utf8(link) }, { subjectId: SESSION_ID }),
    item('objective', 'bob', 1, 'objective', 2, { title: utf8('Prendre la parole 🎯'), status: utf8('in_progress'), description: new Uint8Array(0) }, { subjectId: OBJECTIVE_ID, version: 3 }),
    item('action', 'alice', 2, 'action_item', 3, { title: utf8('Lire'), status: utf8('done') }, { parentId: rid(2) }),
    item('long', 'alice', 1, 'session_preparation', 4, { body: filePattern(70_000), topics: utf8('a,b') }),
    item('private', 'alice', 0, 'private_note', 5, { body: utf8('note privée') }),
    item('empty', 'alice', 1, 'introduction', 6, { body: new Uint8Array(0) }),
    original,
    { ...original, name: 'rotated', key: { epoch: 2 }, record: toStored(moved) },
  ]
  write(side, 'records11.json', { format: 2, generator, pair_id: PAIR_ID, records: items } satisfies Records11Json)

  const files: File11Json['files'] = []
  for (const [i, size] of FILE11_SIZES.entries()) {
    const docId = `d0c11000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`
    const { record, encryptor } = startFile(ident('alice'), key(1), { docId })
    const stream = await collect(encryptChunks(encryptor, once(filePattern(size))))
    files.push({ doc_id: docId, size, record: toStored([record]), stream: b64e(stream) })
  }
  write(side, 'file11.json', {
    format: 2,
    generator,
    pair_id: PAIR_ID,
    author: 'alice',
    epoch: 1,
    pattern: 'byte i = (7 i + 3) mod 256',
    files,
  } satisfies File11Json)

  const pins = new KeyPins()
  pins.observe(ident('bob').bundle())
  pins.observe(ident('carol').bundle())
  pins.markVerified(person('bob'), '2026-12-03T14:00:00+00:00')
  const data = { pins: pins.toKeyring(), epochs: { [PAIR_ID]: 2 } }
  const version = 3
  const keyring: KeyringFileJson = {
    format: 2,
    generator,
    user_id: person('alice'),
    uk: b64e(uk),
    keyring_version: version,
    blob: b64e(sealKeyring(uk, person('alice'), version, data)),
    keyring: keyringToJson(data),
  }
  write(side, 'keyring.json', keyring)
}

/** The ways a server could rearrange a stored record: moved to another parent or subject,
 * links swapped, one field dropped, a field added, relabelled as format 1. */
function rearranged(record: StoredRecord): StoredRecord[] {
  const fields = record.fields
  const first = Object.values(fields)[0]
  if (!first) throw new Error('no fields')
  const out: StoredRecord[] = [
    { ...record, parent_id: OTHER_ID },
    { ...record, subject_id: OTHER_ID },
    { ...record, parent_id: record.subject_id ?? null, subject_id: record.parent_id ?? null },
    { ...record, format: FORMAT_V1 },
    { ...record, fields: { ...fields, zz_added: first } },
  ]
  if (Object.keys(fields).length > 1) out.push({ ...record, fields: Object.fromEntries(Object.entries(fields).slice(1)) })
  return out.filter((r) => JSON.stringify(r) !== JSON.stringify(record))
}

async function verify11(side: string): Promise<void> {
  const idf = read<IdentitiesJson>(side, 'identities.json')
  const bundles: Record<string, PublicBundle> = {}
  for (const p of idf.people) bundles[p.name] = bundleFromJson(p.bundle)
  const bundle = (n: string): PublicBundle => bundles[n] ?? (() => { throw new Error(n) })()
  const envf = read<EnvelopesJson>(side, 'envelopes.json')
  const key = (e: number): PairKey => {
    const ep = envf.epochs.find((x) => x.epoch === e)
    if (!ep) throw new Error(String(e))
    return { pairId: envf.pair_id, epoch: e, key: b64d(ep.key) }
  }
  const recf = read<Records11Json>(side, 'records11.json')
  expect(recf.format).toBe(2)
  expect(recf.records.map((r) => r.name)).toEqual(expect.arrayContaining(['report', 'objective', 'long', 'private', 'empty', 'original', 'rotated']))
  const byName: Record<string, EncryptedRecord[]> = {}
  for (const item of recf.records) {
    expect(item.record.format).toBe(FORMAT_V2)
    expect(item.record.epoch).toBe(item.key.epoch)
    const parts = storedToRecords(item.record)
    expect(toStored(parts)).toEqual(item.record)
    const pk = item.key.epoch === 0 ? privateNotesKey(b64d(item.key.uk ?? ''), item.record.pair_id) : key(item.key.epoch)
    const opened = Object.fromEntries(parts.map((r) => [r.field, b64e(openRecord(r, pk, bundle(item.author)))]))
    expect(opened).toEqual(item.plaintext)
    for (const tampered of rearranged(item.record)) {
      for (const r of storedToRecords(tampered)) expect(() => openRecord(r, pk, bundle(item.author))).toThrow(VerificationError)
    }
    byName[item.name] = parts
  }
  const [orig] = byName.original ?? []
  const [moved] = byName.rotated ?? []
  if (!orig || !moved) throw new Error('missing rotated record')
  expect(moved.ct).toEqual(orig.ct)
  expect(moved.sig).toEqual(orig.sig)
  expect(moved.epoch).toBe(2)
  expect(() => openRecord(moved, key(1), bundle('bob'))).toThrow(VerificationError)
  const report = recf.records.find((r) => r.name === 'report')
  const sessionPart = byName.report?.find((r) => r.field === 'session')
  if (!report || !sessionPart) throw new Error('missing report')
  expect(checkSessionLink(fromUtf8(openRecord(sessionPart, key(1), bundle('alice'))), { sessionId: report.record.subject_id ?? '', startsAt: '2026-12-03T15:00:00+01:00' })).toBe('match')

  const ff = read<File11Json>(side, 'file11.json')
  expect(ff.files.map((f) => f.size).sort()).toEqual([...FILE11_SIZES].sort())
  for (const f of ff.files) {
    const stream = b64d(f.stream)
    const last = f.size % CHUNK_SIZE
    const full = Math.floor(f.size / CHUNK_SIZE)
    expect(stream.length).toBe(full * CIPHER_CHUNK_SIZE + (Math.floor(last / 4096) + 1) * 4096 + 17)
    const [fileRecord] = storedToRecords(f.record)
    if (!fileRecord) throw new Error('no file record')
    expect(fileRecord.format).toBe(FORMAT_V2)
    const decryptor = openFile(fileRecord, key(ff.epoch), bundle(ff.author), f.doc_id)
    expect(equalBytes(await collect(decryptChunks(decryptor, once(stream))), filePattern(f.size))).toBe(true)
  }

  const kf = read<KeyringFileJson>(side, 'keyring.json')
  const uk = b64d(kf.uk)
  const opened = openKeyring(uk, kf.user_id, kf.keyring_version, b64d(kf.blob))
  expect(keyringToJson(opened)).toEqual(kf.keyring)
  expect(opened.pins[person('bob')]?.verified).toBe(true)
  expect(opened.pins[person('carol')]?.verified).toBe(false)
  expect(opened.epochs).toEqual({ [recf.pair_id]: 2 })
  for (const other of [kf.keyring_version - 1, kf.keyring_version + 1]) {
    expect(() => openKeyring(uk, kf.user_id, other, b64d(kf.blob))).toThrow(VerificationError)
  }
  expect(() => openKeyring(uk, person('bob'), kf.keyring_version, b64d(kf.blob))).toThrow(VerificationError)
  // Served below the version this browser already saw: refused before opening.
  expect(() => chooseKeyring({ version: kf.keyring_version, blob: b64d(kf.blob) }, null, kf.keyring_version + 1)).toThrow(RollbackError)
  const pins = new KeyPins(opened.pins)
  for (const name of ['bob', 'carol']) expect(pins.require(bundle(name))).toEqual(bundle(name))
}

beforeAll(cryptoReady)

describe('golden files', () => {
  it('writes the TypeScript golden files and reads them back', async () => {
    await generate()
    await verifySide('ts')
  })

  it('writes the TypeScript 1.1 golden files (records, padded files, keyring) and reads them back', async () => {
    await generate()
    await generate11()
    await verify11('ts')
  })

  // Committed, so always present: no skip.
  it('reads the Python 1.1 golden files', async () => {
    expect(read<Records11Json>('py', 'records11.json').generator).toBe('python')
    await verify11('py')
  })

  it('reads the Python golden files byte for byte', async () => {
    expect(read<IdentitiesJson>('py', 'identities.json').generator).toBe('python')
    await verifySide('py')
  })
})
