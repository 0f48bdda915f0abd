/**
 * Consent before private matters (charter rule 3): the mentor records a request naming the
 * subject; the mentee records an answer whose parent is that request. Both are encrypted
 * pair records: the organisation never sees them.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { listRecords, writeRecord, type OpenedRecord } from '@/lib/vault-session'

export interface ConsentRequest {
  request: OpenedRecord
  topic: string
  answer: { consent: boolean; record: OpenedRecord } | null
}

const key = (id: string) => ['mentorships', id, 'consent'] as const

function parse(rec: OpenedRecord): { kind?: string; topic?: string; consent?: boolean } {
  try {
    return JSON.parse(rec.fields.body ?? '{}') as { kind?: string; topic?: string; consent?: boolean }
  } catch {
    return {}
  }
}

export function useConsents(mentorshipId: string, unlocked: boolean) {
  return useQuery({
    queryKey: [...key(mentorshipId), unlocked],
    enabled: unlocked,
    queryFn: async (): Promise<ConsentRequest[]> => {
      const records = await listRecords(mentorshipId, 'consent_record')
      const answers = new Map<string, { consent: boolean; record: OpenedRecord }>()
      for (const rec of records) {
        const body = parse(rec)
        if (body.kind === 'answer' && rec.parentId) answers.set(rec.parentId, { consent: body.consent === true, record: rec })
      }
      return records
        .filter((rec) => parse(rec).kind === 'request')
        .map((rec) => ({ request: rec, topic: parse(rec).topic ?? '', answer: answers.get(rec.recordId) ?? null }))
        .sort((a, b) => b.request.createdAt.localeCompare(a.request.createdAt))
    },
  })
}

export function useAskConsent(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (topic: string) => writeRecord(mentorshipId, 'consent_record', { body: JSON.stringify({ kind: 'request', topic }) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

export function useAnswerConsent(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ requestId, consent }: { requestId: string; consent: boolean }) =>
      writeRecord(mentorshipId, 'consent_record', { body: JSON.stringify({ kind: 'answer', consent }) }, { parentId: requestId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}
