// @vitest-environment node
/**
 * Protocol properties of the browser module (mirrors tests/client/test_crypto_*.py).
 * Runs in Node under Vitest against the sumo build.
 */
import { Blob as NodeBlob } from 'node:buffer'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  changePassphrase,
  createAccount,
  keyMaterialFromJson,
  keyMaterialToJson,
  newRecoveryKey,
  rotateAccountIdentity,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from './account'
import { argon2InThread, argon2Runner } from './argon2'
import { b64d, b64e, canonicalId, dec, enc, equalBytes, utf8 } from './encoding'
import {
  EncodingError,
  KeyChangedError,
  ParameterFloorError,
  RecoveryKeyError,
  RollbackError,
  UnknownVersionError,
  VerificationError,
} from './errors'
import { CHUNK_SIZE, CIPHER_CHUNK_SIZE, FINAL_PAD, FileDecryptor, FileEncryptor, decryptChunks, encryptBlob, encryptChunks, openFile, startFile } from './files'
import { BundleStatus, createIdentity, rotateIdentity, verifyBundle, type Identity } from './identity'
import {
  PairKeyRing,
  envelopeFromJson,
  envelopeToJson,
  newPairKey,
  openEnvelope,
  wrapPairKey,
  type Envelope,
  type PairKey,
} from './pairkeys'
import { MIB, NONCE_BYTES, PRODUCTION_FLOOR, TAG_BYTES, kdfFloor, randomBytes } from './primitives'
import { FORMAT_V1, FORMAT_V2, openRecord, openRecordAndDek, privateNotesKey, recordFromJson, recordToJson, rewrapRecord, sealRecord, type EncryptedRecord } from './records'
import { ALPHABET, formatRecoveryKey, parseRecoveryKey } from './recovery'
import { KeyPins, bundleFingerprint, safetyNumber } from './safety'
import { cryptoReady } from './sodium'

const ALICE = 'a11ce000-0000-4000-8000-00000000000a'
const BOB = 'b0b00000-0000-4000-8000-00000000000b'
const CAROL = 'ca401000-0000-4000-8000-00000000000c'
const MALLORY = '3a110000-0000-4000-8000-00000000000d'
const PAIR = '9a1e0000-0000-4000-8000-000000000001'
const OTHER_PAIR = '9a1e0000-0000-4000-8000-000000000002'
const RECORD = '3ec00000-0000-4000-8000-000000000001'
const OTHER_RECORD = '3ec00000-0000-4000-8000-000000000002'
const FLOOR = kdfFloor(1, MIB)
const LOW = { ops: 1, mem: MIB, floor: FLOOR }

const nonces = new Set<string>()
function logNonces(...sealed: Uint8Array[]): void {
  for (const s of sealed) {
    const n = b64e(s.slice(0, NONCE_BYTES))
    expect(nonces.has(n)).toBe(false)
    nonces.add(n)
  }
}

/** Test data (libsodium's randombytes_buf is slow for megabytes under this runner). */
function noise(n: number): Uint8Array {
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)))
  return out
}

function flip(b: Uint8Array, pos: number, mask = 1): Uint8Array {
  const out = b.slice()
  const i = pos < 0 ? out.length + pos : pos
  out[i] = (out[i] ?? 0) ^ mask
  return out
}

let alice: Identity, bob: Identity, carol: Identity, mallory: Identity, pk1: PairKey

beforeAll(async () => {
  await cryptoReady()
  alice = createIdentity(ALICE)
  bob = createIdentity(BOB)
  carol = createIdentity(CAROL)
  mallory = createIdentity(MALLORY)
  pk1 = newPairKey(PAIR, 1)
})

const seal = (text: Uint8Array, opts: { author?: Identity; pk?: PairKey; version?: number; recordId?: string } = {}): EncryptedRecord =>
  sealRecord(opts.author ?? alice, opts.pk ?? pk1, {
    recordType: 'session_report',
    field: 'body',
    recordId: opts.recordId ?? RECORD,
    recordVersion: opts.version ?? 1,
    plaintext: text,
  })

describe('encoding', () => {
  it('round-trips enc and uses the long-field escape', () => {
    const long = new Uint8Array(70000)
    expect(dec(enc('x', 'é', 10, long))).toEqual([utf8('x'), utf8('é'), utf8('10'), long])
    const out = enc('s', new Uint8Array(65535))
    expect(Array.from(out.slice(8 + 3, 8 + 9))).toEqual([0xff, 0xff, 0, 0, 0xff, 0xff])
    expect(() => dec(utf8('CONSTEL1\u0000'))).toThrow(EncodingError)
  })

  it('base64 is standard with padding and strict; ids are canonical', () => {
    expect(b64e(new Uint8Array([0xfb, 0xff]))).toBe('+/8=')
    for (const bad of ['-_8=', '+/8', '+/9=', 'abc$']) expect(() => b64d(bad)).toThrow(EncodingError)
    expect(() => canonicalId('A11CE000-0000-4000-8000-00000000000A')).toThrow(EncodingError)
  })
})

describe('account', () => {
  it('unlocks with passphrase and recovery key, changes passphrase', async () => {
    const acc = await createAccount(ALICE, 'correct horse', LOW)
    logNonces(acc.material.wrappedUkPw, acc.material.wrappedUkRk, acc.material.wrappedKeys)
    const material = keyMaterialFromJson(keyMaterialToJson(acc.material))
    const u = await unlockWithPassphrase(material, 'correct horse', { floor: FLOOR })
    expect(u.uk).toEqual(acc.uk)
    expect(u.identity.edPk).toEqual(acc.identity.edPk)
    await expect(unlockWithPassphrase(material, 'wrong', { floor: FLOOR })).rejects.toThrow(VerificationError)
    expect(unlockWithRecoveryKey(material, acc.recoveryKey.toLowerCase().replaceAll('-', ' ')).uk).toEqual(acc.uk)
    const changed = await changePassphrase(material, acc.uk, 'new one', LOW)
    expect(changed.wrappedKeys).toEqual(material.wrappedKeys)
    expect((await unlockWithPassphrase(changed, 'new one', { floor: FLOOR })).uk).toEqual(acc.uk)
    await expect(unlockWithPassphrase(changed, 'correct horse', { floor: FLOOR })).rejects.toThrow(VerificationError)
    expect(unlockWithRecoveryKey(changed, acc.recoveryKey).uk).toEqual(acc.uk)
    const replaced = newRecoveryKey(changed, acc.uk)
    expect(unlockWithRecoveryKey(replaced.material, replaced.recoveryKey).uk).toEqual(acc.uk)
    expect(() => unlockWithRecoveryKey(replaced.material, acc.recoveryKey)).toThrow(VerificationError)
  })

  it('refuses parameters below the floor and unknown versions', async () => {
    const acc = await createAccount(ALICE, 'pw', { ...LOW, argon2: argon2Runner(FLOOR) })
    await expect(unlockWithPassphrase(acc.material, 'pw')).rejects.toThrow(ParameterFloorError)
    await expect(unlockWithPassphrase(acc.material, 'pw', { floor: PRODUCTION_FLOOR, argon2: argon2InThread(FLOOR) })).rejects.toThrow(
      ParameterFloorError,
    )
    const weak = { ...acc.material, kdf: { ...acc.material.kdf, mem: MIB / 2 } }
    await expect(unlockWithPassphrase(weak, 'pw', { floor: FLOOR })).rejects.toThrow(ParameterFloorError)
    const huge = { ...acc.material, kdf: { ...acc.material.kdf, mem: 8192 * MIB } }
    await expect(unlockWithPassphrase(huge, 'pw', { floor: FLOOR })).rejects.toThrow(ParameterFloorError)
    const json = keyMaterialToJson(acc.material)
    expect(() => keyMaterialFromJson({ ...json, kdf: { ...json.kdf, v: 2 } })).toThrow(UnknownVersionError)
    expect(() => keyMaterialFromJson({ ...json, kdf: { ...json.kdf, alg: 'argon2i13' } })).toThrow(UnknownVersionError)
    expect(() => keyMaterialFromJson({ ...json, v: 2 })).toThrow(UnknownVersionError)
  })

  it('recovery keys detect typos and unknown versions', () => {
    const raw = Uint8Array.from({ length: 32 }, (_, i) => i)
    const text = formatRecoveryKey(raw)
    expect(text.split('-')).toHaveLength(15)
    expect(parseRecoveryKey(text)).toEqual(raw)
    expect(() => parseRecoveryKey('CR2' + text.slice(3))).toThrow(UnknownVersionError)
    for (let trial = 0; trial < 300; trial++) {
      const key = randomBytes(32)
      const t = formatRecoveryKey(key)
      const pos = 4 + (trial % 69)
      if (t[pos] === '-') continue
      const ch = ALPHABET[(ALPHABET.indexOf(t[pos] ?? '0') + 1 + (trial % 31)) % 32] ?? '0'
      expect(() => parseRecoveryKey(t.slice(0, pos) + ch + t.slice(pos + 1))).toThrow(RecoveryKeyError)
    }
  })

  it('rotates the identity with prev_sig; a reset shows as changed', async () => {
    const acc = await createAccount(ALICE, 'pw', LOW)
    const unlocked = unlockWithRecoveryKey(acc.material, acc.recoveryKey)
    const rotated = rotateAccountIdentity(acc.material, unlocked)
    expect(verifyBundle(rotated.bundle, acc.bundle)).toBe(BundleStatus.ROTATED)
    expect((await unlockWithPassphrase(rotated.material, 'pw', { floor: FLOOR })).identity.keyVersion).toBe(2)
    const reset = await createAccount(ALICE, 'x', { ...LOW, keyVersion: 2 })
    expect(verifyBundle(reset.bundle, acc.bundle)).toBe(BundleStatus.CHANGED)
    expect(verifyBundle({ ...reset.bundle, prevSig: rotated.bundle.prevSig }, acc.bundle)).toBe(BundleStatus.CHANGED)
  })
})

describe('envelopes', () => {
  const open = (env: Envelope, me: Identity, wrapper: Identity, members = [ALICE, BOB], epoch = 1): PairKey =>
    openEnvelope(env, me, wrapper.bundle(), members, { pairId: PAIR, epoch })

  it('round-trips and opens for each member', () => {
    const env = wrapPairKey(alice, pk1, bob.bundle())
    const again = envelopeFromJson(envelopeToJson(env))
    expect(open(again, bob, alice).key).toEqual(pk1.key)
    expect(open(wrapPairKey(alice, pk1, alice.bundle()), alice, alice).key).toEqual(pk1.key)
    expect(() => envelopeFromJson({ ...envelopeToJson(env), v: 2 })).toThrow(UnknownVersionError)
  })

  it('fails on any flipped bit, missing or foreign signature', () => {
    const env = wrapPairKey(alice, pk1, bob.bundle())
    for (const name of ['sealed', 'sig', 'keyId'] as const) {
      for (const pos of [0, 7, -1]) expect(() => open({ ...env, [name]: flip(env[name], pos) }, bob, alice)).toThrow(VerificationError)
    }
    expect(() => open({ ...env, sig: new Uint8Array(64) }, bob, alice)).toThrow(VerificationError)
    const forged = wrapPairKey(mallory, newPairKey(PAIR, 1), bob.bundle())
    expect(() => open({ ...forged, wrapperId: ALICE }, bob, alice)).toThrow(VerificationError)
    expect(() => open(forged, bob, mallory)).toThrow(VerificationError) // not a member
    expect(() => openEnvelope(env, bob, { ...mallory.bundle(), userId: ALICE }, [ALICE, BOB], { pairId: PAIR })).toThrow(VerificationError)
  })

  it('refuses envelopes for another recipient, pair or epoch', () => {
    const forCarol = wrapPairKey(alice, pk1, carol.bundle())
    expect(() => open(forCarol, bob, alice, [ALICE, BOB, CAROL])).toThrow(VerificationError)
    expect(() => open({ ...forCarol, recipientId: BOB }, bob, alice, [ALICE, BOB, CAROL])).toThrow(VerificationError)
    const otherPair = wrapPairKey(alice, newPairKey(OTHER_PAIR, 1), bob.bundle())
    expect(() => open(otherPair, bob, alice)).toThrow(VerificationError)
    expect(() => open({ ...otherPair, pairId: PAIR }, bob, alice)).toThrow(VerificationError)
    const e2 = wrapPairKey(alice, newPairKey(PAIR, 2), bob.bundle())
    expect(() => open(e2, bob, alice, [ALICE, BOB], 1)).toThrow(VerificationError)
    expect(() => open({ ...e2, epoch: 1 }, bob, alice, [ALICE, BOB], 1)).toThrow(VerificationError)
    expect(() => open(wrapPairKey(alice, pk1, bob.bundle()), bob, alice, [BOB, CAROL])).toThrow(VerificationError)
  })

  it('a substituted recipient key fails and changes the safety number', () => {
    const fake = { ...bob.bundle(), xPk: mallory.xPk }
    const pins = new KeyPins()
    pins.observe(bob.bundle())
    expect(() => pins.require(fake)).toThrow(VerificationError)
    expect(() => open(wrapPairKey(alice, pk1, fake), bob, alice)).toThrow(VerificationError)
    const real = safetyNumber(alice.bundle(), bob.bundle())
    expect(real).toHaveLength(60)
    expect(real).toBe(safetyNumber(bob.bundle(), alice.bundle()))
    expect(real).toBe(bundleFingerprint(alice.bundle()) + bundleFingerprint(bob.bundle()))
    expect(safetyNumber(alice.bundle(), fake)).not.toBe(real)
    expect(safetyNumber(alice.bundle(), { ...bob.bundle(), edPk: mallory.edPk })).not.toBe(real)
  })

  it('the leaver cannot open epoch e+1; the partner re-shares after a reset', async () => {
    const pk2 = newPairKey(PAIR, 2)
    const envs = [alice, carol].map((m) => wrapPairKey(alice, pk2, m.bundle()))
    expect(openEnvelope(envs[1] as Envelope, carol, alice.bundle(), [ALICE, CAROL], { pairId: PAIR, epoch: 2 }).key).toEqual(pk2.key)
    for (const env of envs) {
      expect(() => openEnvelope(env, bob, alice.bundle(), [ALICE, BOB, CAROL], { pairId: PAIR, epoch: 2 })).toThrow(VerificationError)
    }
    const pins = new KeyPins()
    pins.observe(bob.bundle())
    const reset = await createAccount(BOB, 'new', { ...LOW, keyVersion: 2 })
    expect(() => pins.require(reset.bundle)).toThrow(KeyChangedError)
    pins.accept(reset.bundle)
    const env = wrapPairKey(alice, pk1, pins.require(reset.bundle))
    expect(openEnvelope(env, reset.identity, alice.bundle(), [ALICE, BOB], { pairId: PAIR, epoch: 1 }).key).toEqual(pk1.key)
    expect(() => openEnvelope(env, bob, alice.bundle(), [ALICE, BOB], { pairId: PAIR, epoch: 1 })).toThrow(VerificationError)
  })

  it('pins follow signed rotations and the key ring catches rollbacks', () => {
    const pins = new KeyPins()
    expect(pins.observe(bob.bundle())).toBe(BundleStatus.NEW)
    pins.markVerified(BOB)
    const { bundle } = rotateIdentity(bob)
    expect(pins.observe(bundle)).toBe(BundleStatus.ROTATED)
    expect(pins.isVerified(BOB)).toBe(true)
    expect(KeyPins.fromJson(pins.toJson()).pinned(BOB).keyVersion).toBe(2)
    const ring = new PairKeyRing()
    ring.add(newPairKey(PAIR, 2))
    ring.add(pk1)
    expect(ring.current(PAIR).epoch).toBe(2)
    expect(() => ring.checkServerEpoch(PAIR, 1)).toThrow(RollbackError)
  })
})

describe('records', () => {
  it.each([
    ['empty', () => new Uint8Array(0)],
    ['unicode', () => utf8('Séance du 3 mars : objectifs 🎯, 日本語')],
    ['1MB', () => noise(1_000_000)],
  ])('round-trips %s', (_name, make) => {
    const plaintext = make()
    const rec = seal(plaintext)
    logNonces(rec.ct, rec.wdek)
    const again = recordFromJson(recordToJson(rec))
    const opened = openRecord(again, pk1, alice.bundle(), { recordId: RECORD, recordType: 'session_report', field: 'body' })
    expect(equalBytes(opened, plaintext)).toBe(true)
  })

  it('pads lengths to 256 bytes', () => {
    for (const n of [0, 1, 255, 256, 1000]) {
      const body = seal(new Uint8Array(n)).ct.length - NONCE_BYTES - TAG_BYTES
      expect(body % 256).toBe(0)
      expect(body).toBeGreaterThan(n)
    }
  })

  it('fails on flipped bits in nonce, ciphertext, tag, wdek, signature; and truncation', () => {
    const rec = seal(utf8('secret words'))
    for (const [name, pos] of [['ct', 0], ['ct', 23], ['ct', 30], ['ct', -1], ['wdek', 0], ['wdek', 30], ['wdek', -1], ['sig', 0], ['sig', 63]] as const) {
      expect(() => openRecord({ ...rec, [name]: flip(rec[name], pos, 0x80) }, pk1, alice.bundle())).toThrow(VerificationError)
    }
    for (const name of ['ct', 'wdek'] as const) {
      for (const cut of [1, 16, 30]) {
        expect(() => openRecord({ ...rec, [name]: rec[name].slice(0, -cut) }, pk1, alice.bundle())).toThrow(VerificationError)
      }
    }
  })

  it('fails when ciphertext or wdek move to another record, or any AAD field changes', () => {
    const a = seal(utf8('first'))
    const b = seal(utf8('second'), { recordId: OTHER_RECORD })
    for (const moved of [{ ...b, ct: a.ct }, { ...b, wdek: a.wdek }, { ...b, ct: a.ct, sig: a.sig }, { ...b, ct: a.ct, wdek: a.wdek, sig: a.sig }]) {
      expect(() => openRecord(moved, pk1, alice.bundle())).toThrow(VerificationError)
    }
    expect(() => openRecord(a, pk1, alice.bundle(), { recordId: OTHER_RECORD })).toThrow(VerificationError)
    const changes: Partial<EncryptedRecord>[] = [
      { recordType: 'private_note' },
      { field: 'title' },
      { recordId: OTHER_RECORD },
      { recordVersion: 2 },
      { authorId: BOB },
      { pairId: OTHER_PAIR },
      { epoch: 2 },
    ]
    for (const change of changes) {
      const changed = { ...a, ...change }
      const key = { ...pk1, pairId: changed.pairId, epoch: changed.epoch }
      const author = changed.authorId === BOB ? bob.bundle() : alice.bundle()
      expect(() => openRecord(changed, key, author)).toThrow(VerificationError)
    }
  })

  it('rotation re-wraps the DEK only; the old epoch key no longer opens it', () => {
    const rec = seal(utf8('history'), { author: bob })
    const pk2 = newPairKey(PAIR, 2)
    const moved = rewrapRecord(rec, pk1, pk2)
    logNonces(moved.wdek)
    expect(moved.ct).toEqual(rec.ct)
    expect(moved.sig).toEqual(rec.sig)
    expect(openRecord(moved, pk2, bob.bundle())).toEqual(utf8('history'))
    expect(() => openRecord(moved, pk1, bob.bundle())).toThrow(VerificationError)
    expect(() => openRecord({ ...moved, epoch: 1 }, pk1, bob.bundle())).toThrow(VerificationError)
  })

  it('private notes use kdf(UK, 3, "cnstlprv") at epoch 0', () => {
    const uk = randomBytes(32)
    const rec = sealRecord(alice, privateNotesKey(uk, PAIR), { recordType: 'private_note', field: 'body', recordId: RECORD, recordVersion: 1, plaintext: utf8('only me') })
    expect(rec.epoch).toBe(0)
    expect(openRecord(rec, privateNotesKey(uk, PAIR), alice.bundle())).toEqual(utf8('only me'))
    expect(() => openRecord(rec, privateNotesKey(randomBytes(32), PAIR), alice.bundle())).toThrow(VerificationError)
  })

  it('never repeats a nonce', { timeout: 60_000 }, () => {
    for (let i = 0; i < 1000; i++) {
      const rec = seal(utf8(String(i)))
      logNonces(rec.ct, rec.wdek)
    }
  })
})

async function collect(gen: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = []
  for await (const c of gen) out.push(c)
  return out
}

async function* pieces(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.slice(i, i + size)
}

const join = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let pos = 0
  for (const p of parts) {
    out.set(p, pos)
    pos += p.length
  }
  return out
}

/** Node's Blob: jsdom's (the default test environment here) has no arrayBuffer(). */
const blobOf = (data: Uint8Array): Blob => new NodeBlob([data]) as unknown as Blob

describe('files', () => {
  it.each([0, 1, 4095, 4096, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1000, 2 * CHUNK_SIZE, 1_000_000])(
    'round-trips %i bytes chunk by chunk, the final chunk padded to 4 KiB (1.1)',
    async (size) => {
      const data = noise(size)
      const { record, encryptor } = startFile(alice, pk1, { docId: RECORD })
      expect(record.format).toBe(FORMAT_V2)
      const chunks = await collect(encryptBlob(encryptor, blobOf(data)))
      expect(chunks).toHaveLength(Math.floor(size / CHUNK_SIZE) + 1)
      const stream = join(chunks)
      const last = size % CHUNK_SIZE
      const paddedLast = (Math.floor(last / FINAL_PAD) + 1) * FINAL_PAD
      expect(stream.length).toBe(size - last + paddedLast + 17 * chunks.length)
      expect((stream.length - 17 * chunks.length) % FINAL_PAD).toBe(0)
      // Same stream from arbitrary pieces (a ReadableStream) as from a Blob.
      const again = startFile(alice, pk1, { docId: RECORD })
      expect(join(await collect(encryptChunks(again.encryptor, pieces(data, 50_000)))).length).toBe(stream.length)
      const out = await collect(decryptChunks(openFile(record, pk1, alice.bundle(), RECORD), pieces(stream, 10_000)))
      expect(equalBytes(join(out), data)).toBe(true)
    },
  )

  it.each([0, CHUNK_SIZE, CHUNK_SIZE + 1000])('still writes and reads %i bytes as a 1.0 file (unpadded)', async (size) => {
    const data = noise(size)
    const { record, encryptor } = startFile(alice, pk1, { docId: RECORD, format: FORMAT_V1 })
    const chunks = await collect(encryptBlob(encryptor, blobOf(data)))
    expect(chunks).toHaveLength(Math.max(1, Math.ceil(size / CHUNK_SIZE)))
    const stream = join(chunks)
    expect(stream.length).toBe(size + 17 * chunks.length)
    const out = await collect(decryptChunks(openFile(record, pk1, alice.bundle(), RECORD), pieces(stream, 10_000)))
    expect(equalBytes(join(out), data)).toBe(true)
  })

  it('a padded stream opened as 1.0 (or the reverse) does not give the file back', async () => {
    const data = noise(1000)
    const { record, encryptor } = startFile(alice, pk1, { docId: RECORD })
    const stream = join(await collect(encryptBlob(encryptor, blobOf(data))))
    // The server relabels the file's record as format 1: the record AAD no longer matches.
    expect(() => openFile({ ...record, format: FORMAT_V1 }, pk1, alice.bundle(), RECORD)).toThrow(VerificationError)
    const dek = openRecordAndDek(record, pk1, alice.bundle()).dek
    const header = openRecordAndDek(record, pk1, alice.bundle()).plaintext
    const plain = await collect(decryptChunks(new FileDecryptor(dek, header, RECORD, PAIR, false), pieces(stream, 10_000)))
    expect(join(plain).length).toBe(FINAL_PAD)
  })

  it('fails on truncation, reordering, flipped bits and another document', async () => {
    const data = noise(CHUNK_SIZE + 1000)
    const { record, encryptor } = startFile(alice, pk1, { docId: RECORD })
    const stream = join(await collect(encryptBlob(encryptor, blobOf(data))))
    const first = stream.slice(0, CIPHER_CHUNK_SIZE)
    const second = stream.slice(CIPHER_CHUNK_SIZE)
    const tries = [first, join([first, second.slice(0, -1)]), join([second, first]), join([stream, first]), flip(stream, 5), flip(stream, -1)]
    for (const bad of tries) {
      await expect(collect(decryptChunks(openFile(record, pk1, alice.bundle()), pieces(bad, 70_000)))).rejects.toThrow(VerificationError)
    }
    const key = randomBytes(32)
    const enc1 = new FileEncryptor(key, RECORD, PAIR)
    const c0 = enc1.push(new Uint8Array(CHUNK_SIZE))
    expect(() => new FileDecryptor(key, enc1.header, OTHER_RECORD, PAIR).pull(c0)).toThrow(VerificationError)
    expect(() => new FileDecryptor(key, enc1.header, RECORD, OTHER_PAIR).pull(c0)).toThrow(VerificationError)
    expect(() => enc1.push(new Uint8Array(10))).toThrow(EncodingError)
  })
})
