import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'
import { listRecords, writeRecord, type OpenedRecord } from '@/lib/vault-session'

export type ActionItem = components['schemas']['ActionItemRead']
export type PairSide = components['schemas']['PairSide']

const key = (id: string) => ['mentorships', id, 'action-items'] as const

/** Action items (owner, due date, status in clear) with their encrypted wording, newest version each. */
export function useActionItems(mentorshipId: string, unlocked: boolean) {
  return useQuery({
    queryKey: [...key(mentorshipId), unlocked],
    queryFn: async () => {
      const page = unwrap(
        await api.GET('/api/v1/mentorships/{mentorship_id}/action-items', { params: { path: { mentorship_id: mentorshipId }, query: { limit: 100 } } }),
      )
      const wording = new Map<string, OpenedRecord>()
      if (unlocked) {
        for (const rec of await listRecords(mentorshipId, 'action_item')) {
          const prev = rec.subjectId ? wording.get(rec.subjectId) : undefined
          if (rec.subjectId && (!prev || prev.recordVersion < rec.recordVersion)) wording.set(rec.subjectId, rec)
        }
      }
      return page.items.map((item) => ({ item, wording: wording.get(item.id) ?? null }))
    },
  })
}

/** Create an action item, then its wording as an encrypted record about it. */
export function useCreateActionItem(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: { title: string; owner: PairSide; due_on: string | null }) => {
      const item = unwrap(
        await api.POST('/api/v1/mentorships/{mentorship_id}/action-items', {
          params: { path: { mentorship_id: mentorshipId } },
          body: { owner: input.owner, due_on: input.due_on },
        }),
      )
      await writeRecord(mentorshipId, 'action_item', { title: input.title, details: '', status: item.status }, { subjectId: item.id })
      return item
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

/** Mark done or reopen, sending the version read (409 stale_version if the partner changed it). */
export function useToggleActionItem(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (item: ActionItem) =>
      unwrap(
        await api.PATCH('/api/v1/mentorships/{mentorship_id}/action-items/{item_id}', {
          params: { path: { mentorship_id: mentorshipId, item_id: item.id } },
          body: { version: item.version, status: item.status === 'done' ? 'open' : 'done' },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}
