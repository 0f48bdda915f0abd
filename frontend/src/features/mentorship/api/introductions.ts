/**
 * Introductions (mises en relation): the mentor proposes someone from their network; who and
 * why are an encrypted record about the introduction; the mentee accepts, either marks it done.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'
import { listRecords, writeRecord, type OpenedRecord } from '@/lib/vault-session'

export type Introduction = components['schemas']['IntroductionRead']
const key = (id: string) => ['mentorships', id, 'introductions'] as const
const path = (id: string) => ({ params: { path: { mentorship_id: id } } })

export function useIntroductions(mentorshipId: string, unlocked: boolean) {
  return useQuery({
    queryKey: [...key(mentorshipId), unlocked],
    queryFn: async () => {
      const page = unwrap(await api.GET('/api/v1/mentorships/{mentorship_id}/introductions', { params: { ...path(mentorshipId).params, query: { limit: 100 } } }))
      const texts = new Map<string, OpenedRecord>()
      if (unlocked) for (const rec of await listRecords(mentorshipId, 'introduction')) if (rec.subjectId) texts.set(rec.subjectId, rec)
      return page.items
        .map((intro) => ({ intro, text: texts.get(intro.id) ?? null }))
        .sort((a, b) => b.intro.created_at.localeCompare(a.intro.created_at))
    },
  })
}

export function useProposeIntroduction(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ who, why }: { who: string; why: string }) => {
      const intro = unwrap(await api.POST('/api/v1/mentorships/{mentorship_id}/introductions', { ...path(mentorshipId), body: {} }))
      await writeRecord(mentorshipId, 'introduction', { body: JSON.stringify({ who, why }) }, { subjectId: intro.id })
      return intro
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

export function useIntroductionStatus(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ intro, status }: { intro: Introduction; status: 'accepted' | 'done' }) =>
      unwrap(
        await api.PATCH('/api/v1/mentorships/{mentorship_id}/introductions/{introduction_id}', {
          params: { path: { mentorship_id: mentorshipId, introduction_id: intro.id } },
          body: { version: intro.version, status },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

export function introductionText(text: OpenedRecord | null): { who: string; why: string } | null {
  if (!text) return null
  try {
    const parsed = JSON.parse(text.fields.body ?? '{}') as { who?: string; why?: string }
    return { who: parsed.who ?? '', why: parsed.why ?? '' }
  } catch {
    return { who: text.fields.body ?? '', why: '' }
  }
}
