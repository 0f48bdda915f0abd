/**
 * Feedback (avis), both ways: the score 1–5 is metadata the organisation sees in aggregate
 * only (and its author alone sees it here); the words are an encrypted record about it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'
import { listRecords, writeRecord, type OpenedRecord } from '@/lib/vault-session'

export type Feedback = components['schemas']['FeedbackRead']
export type FeedbackKind = components['schemas']['FeedbackKind']
const key = (id: string) => ['mentorships', id, 'feedback'] as const
const path = (id: string) => ({ params: { path: { mentorship_id: id } } })

export function useFeedback(mentorshipId: string, unlocked: boolean) {
  return useQuery({
    queryKey: [...key(mentorshipId), unlocked],
    queryFn: async () => {
      const page = unwrap(await api.GET('/api/v1/mentorships/{mentorship_id}/feedback', { params: { ...path(mentorshipId).params, query: { limit: 100 } } }))
      const texts = new Map<string, OpenedRecord>()
      if (unlocked) for (const rec of await listRecords(mentorshipId, 'feedback')) if (rec.subjectId) texts.set(rec.subjectId, rec)
      return page.items
        .map((feedback) => ({ feedback, text: texts.get(feedback.id) ?? null }))
        .sort((a, b) => b.feedback.created_at.localeCompare(a.feedback.created_at))
    },
  })
}

export function useGiveFeedback(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ kind, score, body }: { kind: FeedbackKind; score: number | null; body: string }) => {
      const feedback = unwrap(
        await api.POST('/api/v1/mentorships/{mentorship_id}/feedback', { ...path(mentorshipId), body: { kind, satisfaction_score: score } }),
      )
      if (body.trim()) await writeRecord(mentorshipId, 'feedback', { body }, { subjectId: feedback.id })
      return feedback
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}
