/**
 * Private notes: readable by their author alone. They are sealed under the author's own
 * notes key (kdf(UK, 3, "cnstlprv"), epoch 0), which never leaves this browser; the
 * partner cannot read them either, and the server only ever returns them to their author.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ensureOk, unwrap } from '@/api/client'
import { FORMAT_V1, b64e, openRecord, privateNotesKey, recordFromJson, sealRecord, utf8 } from '@/lib/crypto'
import { newRecordId, requireKeys, type OpenedRecord, type RecordRead } from '@/lib/vault-session'

const TYPE = 'private_note'
const decoder = new TextDecoder('utf-8', { fatal: true })
const key = (id: string) => ['mentorships', id, 'private-notes'] as const

function openNote(stored: RecordRead): OpenedRecord {
  const { identity, uk, bundle } = requireKeys()
  const pk = privateNotesKey(uk, stored.pair_id)
  const fields: Record<string, string> = {}
  for (const [field, c] of Object.entries(stored.fields as Record<string, { ct: string; wdek: string; sig: string }>)) {
    const rec = recordFromJson({ ...stored, field, ct: c.ct, wdek: c.wdek, sig: c.sig } as never)
    fields[field] = decoder.decode(openRecord(rec, pk, bundle, { recordId: stored.record_id, recordType: TYPE, field }))
  }
  if (stored.author_id !== identity.userId) throw new Error('not my note')
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

/** My private notes in this mentorship, newest first. */
export function usePrivateNotes(mentorshipId: string, unlocked: boolean) {
  return useQuery({
    queryKey: [...key(mentorshipId), unlocked],
    enabled: unlocked,
    queryFn: async () => {
      const page = unwrap(await api.GET('/api/v1/vault/records', { params: { query: { pair_id: mentorshipId, record_type: TYPE, limit: 200 } } }))
      return page.items
        .filter((r) => !r.deleted_at)
        .map(openNote)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    },
  })
}

/** Write a new note, or the next version of one (409 stale_version if another tab saved first). */
export function useWritePrivateNote(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ body, previous }: { body: string; previous?: OpenedRecord }) => {
      const { identity, uk } = requireKeys()
      const pk = privateNotesKey(uk, mentorshipId)
      const recordId = previous?.recordId ?? newRecordId()
      const version = previous ? previous.recordVersion + 1 : 1
      const sealed = sealRecord(identity, pk, { recordType: TYPE, field: 'body', recordId, recordVersion: version, plaintext: utf8(body), format: FORMAT_V1 })
      const payload = {
        record_id: recordId,
        record_type: TYPE,
        pair_id: pk.pairId,
        record_version: version,
        author_id: identity.userId,
        epoch: 0,
        parent_id: null,
        subject_id: null,
        fields: { body: { ct: b64e(sealed.ct), wdek: b64e(sealed.wdek), sig: b64e(sealed.sig) } },
      }
      if (version === 1) return unwrap(await api.POST('/api/v1/vault/records', { body: payload }))
      return unwrap(await api.PUT('/api/v1/vault/records/{record_id}', { params: { path: { record_id: recordId } }, body: payload }))
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

/** Delete one of my records (notes, resources): the server keeps a tombstone, no content. */
export async function deleteRecord(recordId: string): Promise<void> {
  ensureOk(await api.DELETE('/api/v1/vault/records/{record_id}', { params: { path: { record_id: recordId } } }))
}

export function useDeletePrivateNote(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteRecord,
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}
