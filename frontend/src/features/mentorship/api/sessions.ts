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
      if (unlocked) {
        for (const rec of await listRecords(mentorshipId, 'session_report')) {
          const prev = rec.subjectId ? reports.get(rec.subjectId) : undefined
          if (rec.subjectId && (!prev || prev.recordVersion < rec.recordVersion)) reports.set(rec.subjectId, rec)
        }
      }
      page.items.sort((a, b) => a.starts_at.localeCompare(b.starts_at))
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

/** Cancel a scheduled séance (the partner sees who cancelled). */
export function useCancelSession(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (session: MentoringSession) =>
      unwrap(
        await api.POST('/api/v1/mentorships/{mentorship_id}/sessions/{session_id}/cancel', {
          params: { path: { mentorship_id: mentorshipId, session_id: session.id } },
          body: { version: session.version },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

/** Move a séance (time, duration or format), sending the version it was read at. */
export function useRescheduleSession(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ session, ...change }: { session: MentoringSession; starts_at: string; duration_minutes: number; mode: SessionMode }) =>
      unwrap(
        await api.PATCH('/api/v1/mentorships/{mentorship_id}/sessions/{session_id}', {
          params: { path: { mentorship_id: mentorshipId, session_id: session.id } },
          body: { version: session.version, ...change },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

/**
 * The session report (compte-rendu), encrypted in this browser. A first write is
 * version 1; an edit stores the next version of the same record (409 stale_version
 * when another tab saved first).
 */
export function useWriteReport(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ sessionId, body, nextSteps, previous }: { sessionId: string; body: string; nextSteps: string; previous: OpenedRecord | null }) =>
      writeRecord(
        mentorshipId,
        'session_report',
        { body, next_steps: nextSteps },
        previous ? { subjectId: sessionId, recordId: previous.recordId, version: previous.recordVersion + 1 } : { subjectId: sessionId },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

export function useRefreshSessions(mentorshipId: string) {
  const queryClient = useQueryClient()
  return () => void queryClient.invalidateQueries({ queryKey: key(mentorshipId) })
}
