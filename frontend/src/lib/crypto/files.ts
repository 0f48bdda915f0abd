/**
 * Files: crypto_secretstream_xchacha20poly1305 under a record's DEK, chunk by chunk
 * (never the whole file in memory). Same layout as the Python client:
 * - the file's record (record_id = doc_id, e.g. type "resource_file", field "content")
 *   has the 24-byte stream header as plaintext, so the author's signature covers it;
 * - the stored stream is the concatenation of chunk ciphertexts: plaintext chunks of
 *   exactly 64 KiB except the last (TAG_FINAL, no trailing empty chunk; an empty file is
 *   one empty final chunk), each ciphertext 17 bytes longer;
 * - chunk i has additional data enc("doc", doc_id, pair_id, i);
 * - protocol 1.1 (a format-2 record): the final chunk holds the last 0..65,535 bytes,
 *   padded with pad(last, 4096), so the stored size reveals the size only to 4 KiB; a
 *   file of an exact multiple of 64 KiB ends with an empty (padded) final chunk.
 *   Format 1 files (unpadded last chunk, no trailing empty chunk) still read.
 */
import { canonicalId, concat, enc } from './encoding'
import { EncodingError, VerificationError } from './errors'
import type { Identity, PublicBundle } from './identity'
import type { PairKey } from './pairkeys'
import { KEY_BYTES, pad, randomBytes, unpad } from './primitives'
import { FORMAT_V1, FORMAT_V2, openRecordAndDek, sealRecord, type EncryptedRecord, type RecordFormat } from './records'
import { na } from './sodium'

export const CHUNK_SIZE = 64 * 1024
export const ABYTES = 17
export const HEADER_BYTES = 24
export const CIPHER_CHUNK_SIZE = CHUNK_SIZE + ABYTES
export const FINAL_PAD = 4096

type StreamState = ReturnType<ReturnType<typeof na>['crypto_secretstream_xchacha20poly1305_init_pull']>

export const chunkAd = (docId: string, pairId: string, index: number): Uint8Array => enc('doc', docId, pairId, index)

export class FileEncryptor {
  readonly header: Uint8Array
  readonly docId: string
  readonly pairId: string
  readonly padded: boolean
  index = 0
  finished = false
  private state: StreamState

  /** `padded` (protocol 1.1, the default): the final chunk is under 64 KiB and padded to 4 KiB. */
  constructor(dek: Uint8Array, docId: string, pairId: string, padded = true) {
    if (dek.length !== KEY_BYTES) throw new EncodingError('DEK must be 32 bytes')
    this.padded = padded
    this.docId = canonicalId(docId)
    this.pairId = canonicalId(pairId)
    const { state, header } = na().crypto_secretstream_xchacha20poly1305_init_push(dek)
    this.state = state
    this.header = header
  }

  /** Chunks are exactly CHUNK_SIZE bytes except the final one. */
  push(chunk: Uint8Array, final = false): Uint8Array {
    if (this.finished) throw new EncodingError('stream already finished')
    if (chunk.length > CHUNK_SIZE || (!final && chunk.length !== CHUNK_SIZE)) {
      throw new EncodingError('chunks are exactly 64 KiB except the final one')
    }
    if (final && this.padded) {
      if (chunk.length === CHUNK_SIZE) throw new EncodingError('a padded final chunk holds under 64 KiB')
      chunk = pad(chunk, FINAL_PAD)
    }
    const s = na()
    const tag = final ? s.crypto_secretstream_xchacha20poly1305_TAG_FINAL : s.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
    const out = s.crypto_secretstream_xchacha20poly1305_push(this.state, chunk, chunkAd(this.docId, this.pairId, this.index), tag)
    this.index += 1
    this.finished = final
    return out
  }
}

export class FileDecryptor {
  readonly docId: string
  readonly pairId: string
  readonly padded: boolean
  index = 0
  finished = false
  private state: StreamState

  constructor(dek: Uint8Array, header: Uint8Array, docId: string, pairId: string, padded = true) {
    if (dek.length !== KEY_BYTES || header.length !== HEADER_BYTES) throw new EncodingError('bad DEK or header length')
    this.padded = padded
    this.docId = canonicalId(docId)
    this.pairId = canonicalId(pairId)
    try {
      this.state = na().crypto_secretstream_xchacha20poly1305_init_pull(header, dek)
    } catch {
      throw new VerificationError('bad stream header')
    }
  }

  pull(cchunk: Uint8Array): Uint8Array {
    if (this.finished) throw new VerificationError('data after the final chunk')
    if (cchunk.length < ABYTES || cchunk.length > CIPHER_CHUNK_SIZE) throw new VerificationError('bad chunk length')
    const s = na()
    let res: { message: Uint8Array; tag: number } | false
    try {
      res = s.crypto_secretstream_xchacha20poly1305_pull(this.state, cchunk, chunkAd(this.docId, this.pairId, this.index))
    } catch {
      res = false
    }
    if (res === false || !res) throw new VerificationError(`chunk ${this.index} does not authenticate`)
    if (res.tag === s.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      this.finished = true
      this.index += 1
      return this.padded ? unpad(res.message, FINAL_PAD) : res.message
    } else if (res.tag !== s.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE || res.message.length !== CHUNK_SIZE) {
      throw new VerificationError('unexpected chunk tag or short non-final chunk')
    }
    this.index += 1
    return res.message
  }

  finish(): void {
    if (!this.finished) throw new VerificationError('stream truncated: no final chunk')
  }
}

/** Encrypt a Blob (a browser File) slice by slice; yields ciphertext chunks. */
export async function* encryptBlob(encryptor: FileEncryptor, blob: Blob): AsyncGenerator<Uint8Array> {
  let offset = 0
  for (;;) {
    const end = Math.min(offset + CHUNK_SIZE, blob.size)
    const chunk = new Uint8Array(await blob.slice(offset, end).arrayBuffer())
    // Padded streams end with a chunk under 64 KiB (empty after an exact multiple).
    const final = encryptor.padded ? chunk.length < CHUNK_SIZE : end >= blob.size
    yield encryptor.push(chunk, final)
    if (final) return
    offset = end
  }
}

/** Encrypt plaintext pieces of any size (e.g. a ReadableStream) into chunk ciphertexts. */
export async function* encryptChunks(encryptor: FileEncryptor, source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let buf: Uint8Array = new Uint8Array(0)
  for await (const piece of source) {
    buf = concat(buf, piece)
    // Keep at least one byte back: the last chunk must carry TAG_FINAL.
    while (buf.length > CHUNK_SIZE) {
      yield encryptor.push(buf.slice(0, CHUNK_SIZE))
      buf = buf.slice(CHUNK_SIZE)
    }
  }
  if (encryptor.padded && buf.length === CHUNK_SIZE) {
    yield encryptor.push(buf)
    buf = new Uint8Array(0)
  }
  yield encryptor.push(buf, true)
}

/** Decrypt ciphertext pieces of any size (network reads) chunk by chunk; finish() at the end. */
export async function* decryptChunks(decryptor: FileDecryptor, source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let buf: Uint8Array = new Uint8Array(0)
  for await (const piece of source) {
    buf = concat(buf, piece)
    while (buf.length >= CIPHER_CHUNK_SIZE) {
      yield decryptor.pull(buf.slice(0, CIPHER_CHUNK_SIZE))
      buf = buf.slice(CIPHER_CHUNK_SIZE)
    }
  }
  if (buf.length > 0) yield decryptor.pull(buf)
  decryptor.finish()
}

export interface FileStart {
  record: EncryptedRecord
  encryptor: FileEncryptor
}

/** New DEK, the file's record (plaintext = stream header) and the encryptor to feed. */
export function startFile(
  author: Identity,
  pairKey: PairKey,
  opts: { docId: string; recordVersion?: number; recordType?: string; field?: string; format?: RecordFormat; parentId?: string | null },
): FileStart {
  const dek = randomBytes(KEY_BYTES)
  const format = opts.format ?? FORMAT_V2
  const encryptor = new FileEncryptor(dek, opts.docId, pairKey.pairId, format === FORMAT_V2)
  const record = sealRecord(author, pairKey, {
    format,
    parentId: opts.parentId,
    recordType: opts.recordType ?? 'resource_file',
    field: opts.field ?? 'content',
    recordId: opts.docId,
    recordVersion: opts.recordVersion ?? 1,
    plaintext: encryptor.header,
    dek,
  })
  return { record, encryptor }
}

/** Verify the file's record and return a decryptor for its stream. */
export function openFile(rec: EncryptedRecord, pairKey: PairKey, author: PublicBundle, docId?: string): FileDecryptor {
  const { plaintext: header, dek } = openRecordAndDek(rec, pairKey, author, docId === undefined ? {} : { recordId: docId })
  if (header.length !== HEADER_BYTES) throw new VerificationError('file record does not hold a stream header')
  return new FileDecryptor(dek, header, rec.recordId, rec.pairId, (rec.format ?? FORMAT_V1) === FORMAT_V2)
}
