/**
 * Encrypts a chosen file off the main thread, 64 KiB at a time (crypto_secretstream under
 * the file's own key), so a large file neither freezes the page nor sits whole in memory.
 * The page asks for each chunk when the previous one is uploaded.
 */
import { CHUNK_SIZE, FileEncryptor } from '@/lib/crypto/files'
import { cryptoReady } from '@/lib/crypto/sodium'

export type EncryptRequest = { type: 'start'; file: Blob; dek: Uint8Array; docId: string; pairId: string } | { type: 'next' }

export type EncryptResponse =
  | { type: 'header'; header: Uint8Array }
  | { type: 'chunk'; index: number; data: Uint8Array; done: number; final: boolean }
  | { type: 'error'; message: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<EncryptRequest>) => void) | null
  postMessage(message: EncryptResponse, transfer?: Transferable[]): void
}

const scope = self as unknown as WorkerScope
let job: { file: Blob; encryptor: FileEncryptor; offset: number } | null = null

async function start(file: Blob, dek: Uint8Array, docId: string, pairId: string): Promise<void> {
  await cryptoReady()
  const encryptor = new FileEncryptor(dek, docId, pairId, true)
  dek.fill(0)
  job = { file, encryptor, offset: 0 }
  scope.postMessage({ type: 'header', header: encryptor.header })
}

async function next(): Promise<void> {
  if (!job || job.encryptor.finished) throw new Error('no file to encrypt')
  const { file, encryptor } = job
  const end = Math.min(job.offset + CHUNK_SIZE, file.size)
  const plain = new Uint8Array(await file.slice(job.offset, end).arrayBuffer())
  // Padded streams (protocol 1.1) end with a chunk under 64 KiB, empty after an exact multiple.
  const final = plain.length < CHUNK_SIZE
  const index = encryptor.index
  const data = encryptor.push(plain, final)
  job.offset = end
  scope.postMessage({ type: 'chunk', index, data, done: end, final }, [data.buffer as ArrayBuffer])
  if (final) job = null
}

scope.onmessage = (event: MessageEvent<EncryptRequest>): void => {
  const msg = event.data
  const run = msg.type === 'start' ? start(msg.file, msg.dek, msg.docId, msg.pairId) : next()
  run.catch((error: unknown) => scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }))
}
