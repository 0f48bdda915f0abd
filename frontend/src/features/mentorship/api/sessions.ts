import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'
import { listRecords, writeRecord, type OpenedRecord } from '@/lib/vault-session'

export type MentoringSession = components['schemas']['SessionRead']
export type SessionMode = components['schemas']['SessionMode']
export type Absence = components['schemas']['Absence']

const key = (id: string) => ['mentorships', id, 'sessions'] as const

/** Séances (metadata) with their decrypted reports when the vault is unlocked. */
export function useSessions(mentorshipId: string, unlocked: boolean) {
  return useQuery({
    queryKey: [...key(mentorshipId), unlocked],
    queryFn: async () => {
      const page = unwrap(
        await api.GET('/api/v1/mentorships/{mentorship_id}/sessions', { params: { path: { mentorship_id: mentorshipId }, query: { limit: 100 } } }),
      )
      const reports = new Map<string, OpenedRecord>()
      if (unlocked) for (const rec of await listRecords(mentorshipId, 'session_report')) if (rec.subjectId) reports.set(rec.subjectId, rec)
      return page.items.map((session) => ({ session, report: reports.get(session.id) ?? null }))
    },
  })
}

export function useScheduleSession(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: { starts_at: string; duration_minutes: number; mode: SessionMode }) =>
      unwrap(await api.POST('/api/v1/mentorships/{mentorship_id}/sessions', { params: { path: { mentorship_id: mentorshipId } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

export function useSessionOutcome(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ session, absence }: { session: MentoringSession; absence?: Absence }) => {
      const params = { path: { mentorship_id: mentorshipId, session_id: session.id } }
      if (absence) return unwrap(await api.POST('/api/v1/mentorships/{mentorship_id}/sessions/{session_id}/missed', { params, body: { version: session.version, absence } }))
      return unwrap(await api.POST('/api/v1/mentorships/{mentorship_id}/sessions/{session_id}/held', { params, body: { version: session.version } }))
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

/** The session report (compte-rendu), encrypted in this browser. */
export function useWriteReport(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ sessionId, body }: { sessionId: string; body: string }) =>
      writeRecord(mentorshipId, 'session_report', { body, next_steps: '' }, { subjectId: sessionId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}
