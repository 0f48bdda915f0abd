/**
 * Shared documents (ressources): each file is encrypted in a Web Worker chunk by chunk
 * under its own key, uploaded as it goes, and decrypted here on download. Its name, type
 * and size travel in a separate encrypted `resource_meta` record whose parent is the file.
 * The server stores ciphertext only; the 4 KiB padding of the last chunk hides the exact size.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, authFetch, ensureOk, unwrap } from '@/api/client'
import { toProblemError } from '@/api/problem'
import {
  FORMAT_V2,
  KEY_BYTES,
  VerificationError,
  b64e,
  decryptChunks,
  openFile,
  randomBytes,
  recordFromJson,
  sealRecord,
} from '@/lib/crypto'
import { ensurePairKey, listRecords, newRecordId, requireKeys, trustedBundle, writeRecord, type RecordRead } from '@/lib/vault-session'
import type { EncryptRequest, EncryptResponse } from '../workers/encrypt-file.worker'

export interface Resource {
  docId: string
  metaId: string
  name: string
  type: string
  size: number
  authorId: string
  createdAt: string
}

const key = (id: string) => ['mentorships', id, 'resources'] as const

/** The pair's documents (from their encrypted metadata), newest first. */
export function useResources(mentorshipId: string, unlocked: boolean) {
  return useQuery({
    queryKey: [...key(mentorshipId), unlocked],
    enabled: unlocked,
    queryFn: async (): Promise<Resource[]> => {
      const metas = await listRecords(mentorshipId, 'resource_meta')
      const out: Resource[] = []
      for (const rec of metas) {
        if (!rec.parentId) continue
        const meta = JSON.parse(rec.fields.meta ?? '{}') as { name?: string; type?: string; size?: number }
        out.push({
          docId: rec.parentId,
          metaId: rec.recordId,
          name: meta.name ?? '',
          type: meta.type ?? 'application/octet-stream',
          size: Number(meta.size ?? 0),
          authorId: rec.authorId,
          createdAt: rec.createdAt,
        })
      }
      return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    },
  })
}

/** Messages from the worker, one at a time, in order. */
function inbox(worker: Worker) {
  const queue: EncryptResponse[] = []
  let waiting: ((msg: EncryptResponse) => void) | null = null
  worker.onmessage = (event: MessageEvent<EncryptResponse>) => {
    if (waiting) {
      const resolve = waiting
      waiting = null
      resolve(event.data)
    } else queue.push(event.data)
  }
  worker.onerror = (event) => {
    event.preventDefault()
    const msg: EncryptResponse = { type: 'error', message: event.message || 'worker failed' }
    if (waiting) waiting(msg)
    else queue.push(msg)
  }
  return (): Promise<EncryptResponse> =>
    new Promise((resolve) => {
      const first = queue.shift()
      if (first) resolve(first)
      else waiting = resolve
    })
}

async function putChunk(docId: string, index: number, data: Uint8Array): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await authFetch(
        new Request(`${window.location.origin}/api/v1/vault/files/${docId}/chunks/${index}`, {
          method: 'PUT',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/octet-stream' },
          body: data as BodyInit,
        }),
      )
      if (!response.ok) throw toProblemError(await response.json().catch(() => undefined), response)
      return
    } catch (error) {
      // A network failure may simply be retried: the server stores chunks by index.
      if (!(error instanceof TypeError) || attempt >= 2) throw error
    }
  }
}

/** Encrypt (in a worker) and upload one file; `onProgress` gets the bytes done so far. */
export async function uploadResource(pairId: string, file: File, onProgress: (done: number) => void): Promise<string> {
  if ((await ensurePairKey(pairId)) !== 'ready') throw new VerificationError('the pair key is not available yet')
  const { identity, ring } = requireKeys()
  const pk = ring.current(pairId)
  const docId = newRecordId()
  const dek = randomBytes(KEY_BYTES)
  const worker = new Worker(new URL('../workers/encrypt-file.worker.ts', import.meta.url), { type: 'module' })
  const next = inbox(worker)
  const send = (msg: EncryptRequest) => worker.postMessage(msg)
  try {
    send({ type: 'start', file, dek: dek.slice(), docId, pairId: pk.pairId })
    const first = await next()
    if (first.type !== 'header') throw new Error(first.type === 'error' ? first.message : 'unexpected worker reply')
    const sealed = sealRecord(identity, pk, { format: FORMAT_V2, recordType: 'resource_file', field: 'content', recordId: docId, recordVersion: 1, plaintext: first.header, dek })
    dek.fill(0)
    unwrap(
      await api.POST('/api/v1/vault/records', {
        body: {
          format: 2,
          record_id: docId,
          record_type: 'resource_file',
          pair_id: pk.pairId,
          record_version: 1,
          author_id: identity.userId,
          epoch: pk.epoch,
          parent_id: null,
          subject_id: null,
          fields: { content: { ct: b64e(sealed.ct), wdek: b64e(sealed.wdek), sig: b64e(sealed.sig) } },
        },
      }),
    )
    let count = 0
    for (;;) {
      send({ type: 'next' })
      const msg = await next()
      if (msg.type !== 'chunk') throw new Error(msg.type === 'error' ? msg.message : 'unexpected worker reply')
      await putChunk(docId, msg.index, msg.data)
      count = msg.index + 1
      onProgress(msg.done)
      if (msg.final) break
    }
    unwrap(await api.POST('/api/v1/vault/files/{record_id}/finalize', { params: { path: { record_id: docId } }, body: { chunk_count: count } }))
    await writeRecord(pairId, 'resource_meta', { meta: JSON.stringify({ name: file.name, type: file.type || 'application/octet-stream', size: file.size }) }, { parentId: docId })
    return docId
  } finally {
    dek.fill(0)
    worker.terminate()
  }
}

export function useUploadResource(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (done: number) => void }) => uploadResource(mentorshipId, file, onProgress),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

async function* bodyChunks(response: Response, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  const reader = response.body?.getReader()
  if (!reader) {
    const all = new Uint8Array(await response.arrayBuffer())
    onBytes(all.length)
    yield all
    return
  }
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return
    onBytes(value.length)
    yield value
  }
}

/** Check the file's record, fetch its stream and decrypt it chunk by chunk into a Blob. */
export async function downloadResource(resource: Resource, onProgress: (fraction: number) => void): Promise<Blob> {
  const stored: RecordRead = unwrap(await api.GET('/api/v1/vault/records/{record_id}', { params: { path: { record_id: resource.docId } } }))
  if (stored.record_id !== resource.docId || stored.record_type !== 'resource_file' || stored.deleted_at) throw new VerificationError('not the requested file')
  await ensurePairKey(stored.pair_id)
  const { identity, bundle, ring } = requireKeys()
  const pk = ring.get(stored.pair_id, stored.epoch)
  const author = stored.author_id === identity.userId ? bundle : await trustedBundle(stored.author_id)
  const c = (stored.fields as Record<string, { ct: string; wdek: string; sig: string }>).content
  if (!c) throw new VerificationError('file record without content')
  const rec = recordFromJson({ ...stored, fields: Object.keys(stored.fields), field: 'content', ct: c.ct, wdek: c.wdek, sig: c.sig } as never)
  const decryptor = openFile(rec, pk, author, resource.docId)
  const response = await authFetch(new Request(`${window.location.origin}/api/v1/vault/files/${resource.docId}/content`, { credentials: 'same-origin' }))
  if (!response.ok) throw toProblemError(await response.json().catch(() => undefined), response)
  const total = Number(response.headers.get('Content-Length') ?? 0)
  let received = 0
  const parts: BlobPart[] = []
  for await (const plain of decryptChunks(decryptor, bodyChunks(response, (n) => { received += n; if (total > 0) onProgress(received / total) }))) {
    parts.push(plain as BlobPart)
  }
  onProgress(1)
  return new Blob(parts, { type: resource.type })
}

/** Delete a document I added: the file and its metadata (the server keeps tombstones only). */
export function useDeleteResource(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (resource: Resource) => {
      ensureOk(await api.DELETE('/api/v1/vault/records/{record_id}', { params: { path: { record_id: resource.docId } } }))
      ensureOk(await api.DELETE('/api/v1/vault/records/{record_id}', { params: { path: { record_id: resource.metaId } } }))
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}
