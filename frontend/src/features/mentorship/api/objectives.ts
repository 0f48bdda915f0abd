import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'
import { listRecords, writeRecord, type OpenedRecord } from '@/lib/vault-session'

export type Objective = components['schemas']['ObjectiveRead']
export type ObjectiveStatus = components['schemas']['ObjectiveStatus']

const key = (id: string) => ['mentorships', id, 'objectives'] as const

/** Objectives (metadata) with their decrypted wording, newest record per objective. */
export function useObjectives(mentorshipId: string, unlocked: boolean) {
  return useQuery({
    queryKey: [...key(mentorshipId), unlocked],
    queryFn: async () => {
      const page = unwrap(
        await api.GET('/api/v1/mentorships/{mentorship_id}/objectives', { params: { path: { mentorship_id: mentorshipId }, query: { limit: 100 } } }),
      )
      const wording = new Map<string, OpenedRecord>()
      if (unlocked) {
        for (const rec of await listRecords(mentorshipId, 'objective')) {
          const prev = rec.subjectId ? wording.get(rec.subjectId) : undefined
          if (rec.subjectId && (!prev || prev.recordVersion < rec.recordVersion)) wording.set(rec.subjectId, rec)
        }
      }
      return page.items.map((objective) => ({ objective, wording: wording.get(objective.id) ?? null }))
    },
  })
}

/** Define an objective, then write its wording as an encrypted record about it. */
export function useCreateObjective(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: { title: string; description: string }) => {
      const objective = unwrap(
        await api.POST('/api/v1/mentorships/{mentorship_id}/objectives', { params: { path: { mentorship_id: mentorshipId } }, body: {} }),
      )
      await writeRecord(mentorshipId, 'objective', { ...input, status: objective.status }, { subjectId: objective.id })
      return objective
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

/** Move an objective on; the encrypted copy of the status follows (a mismatch is shown). */
export function useUpdateObjectiveStatus(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ objective, status, wording }: { objective: Objective; status: ObjectiveStatus; wording: OpenedRecord | null }) => {
      const updated = unwrap(
        await api.PATCH('/api/v1/mentorships/{mentorship_id}/objectives/{objective_id}', {
          params: { path: { mentorship_id: mentorshipId, objective_id: objective.id } },
          body: { version: objective.version, status },
        }),
      )
      if (wording) {
        await writeRecord(mentorshipId, 'objective', { ...wording.fields, status }, { subjectId: objective.id, recordId: wording.recordId, version: wording.recordVersion + 1 })
      }
      return updated
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}
