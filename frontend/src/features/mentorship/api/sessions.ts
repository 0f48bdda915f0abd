import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'
import { listRecords, writeRecord, type OpenedRecord } from '@/lib/vault-session'

export type MentoringSession = components['schemas']['SessionRead']
export type SessionMode = components['schemas']['SessionMode']
export type Absence = components['schemas']['Absence']

const key = (id: string) => ['mentorships', id, 'sessions'] as const

/** The newest record about each subject (a séance), by record version. */
function latestBySubject(records: OpenedRecord[]): Map<string, OpenedRecord> {
  const out = new Map<string, OpenedRecord>()
  for (const rec of records) {
    const prev = rec.subjectId ? out.get(rec.subjectId) : undefined
    if (rec.subjectId && (!prev || prev.recordVersion < rec.recordVersion)) out.set(rec.subjectId, rec)
  }
  return out
}

export type SessionEntry = { session: MentoringSession; report: OpenedRecord | null; place: OpenedRecord | null; preparation: OpenedRecord | null }

/** Séances (metadata) with their decrypted report, place or link, and preparation when the vault is unlocked. with their decrypted reports when the vault is unlocked. */
export function useSessions(mentorshipId: string, unlocked: boolean) {
  return useQuery({
    queryKey: [...key(mentorshipId), unlocked],
    queryFn: async () => {
      const page = unwrap(
        await api.GET('/api/v1/mentorships/{mentorship_id}/sessions', { params: { path: { mentorship_id: mentorshipId }, query: { limit: 100 } } }),
      )
      const [reports, places, preparations] = unlocked
        ? await Promise.all(['session_report', 'session_place', 'session_preparation'].map(async (type) => latestBySubject(await listRecords(mentorshipId, type))))
        : [new Map<string, OpenedRecord>(), new Map<string, OpenedRecord>(), new Map<string, OpenedRecord>()]
      page.items.sort((a, b) => a.starts_at.localeCompare(b.starts_at))
      return page.items.map((session) => ({
        session,
        report: reports?.get(session.id) ?? null,
        place: places?.get(session.id) ?? null,
        preparation: preparations?.get(session.id) ?? null,
      }))
    },
  })
}

export function useScheduleSession(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ place, ...body }: { starts_at: string; duration_minutes: number; mode: SessionMode; place: string }) => {
      const session = unwrap(await api.POST('/api/v1/mentorships/{mentorship_id}/sessions', { params: { path: { mentorship_id: mentorshipId } }, body }))
      if (place.trim()) await writeRecord(mentorshipId, 'session_place', { place: place.trim() }, { subjectId: session.id })
      return session
    },
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
    mutationFn: async ({ session, place, previousPlace, ...change }: { session: MentoringSession; starts_at: string; duration_minutes: number; mode: SessionMode; place: string; previousPlace: OpenedRecord | null }) => {
      const updated = unwrap(
        await api.PATCH('/api/v1/mentorships/{mentorship_id}/sessions/{session_id}', {
          params: { path: { mentorship_id: mentorshipId, session_id: session.id } },
          body: { version: session.version, ...change },
        }),
      )
      await writePlace(mentorshipId, session.id, place, previousPlace)
      return updated
    },
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

/** The place or video link, encrypted (the server only knows the format): a new version when it changes. */
async function writePlace(mentorshipId: string, sessionId: string, place: string, previous: OpenedRecord | null): Promise<void> {
  const text = place.trim()
  if (text === (previous?.fields.place ?? '')) return
  await writeRecord(mentorshipId, 'session_place', { place: text }, previous ? { subjectId: sessionId, recordId: previous.recordId, version: previous.recordVersion + 1 } : { subjectId: sessionId })
}

/** The mentee's preparation of a séance (what to talk about), which both can read. */
export function useWritePreparation(mentorshipId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ sessionId, body, topics, previous }: { sessionId: string; body: string; topics: string; previous: OpenedRecord | null }) =>
      writeRecord(
        mentorshipId,
        'session_preparation',
        { body, topics },
        previous ? { subjectId: sessionId, recordId: previous.recordId, version: previous.recordVersion + 1 } : { subjectId: sessionId },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(mentorshipId) }),
  })
}

export function useRefreshSessions(mentorshipId: string) {
  const queryClient = useQueryClient()
  return () => void queryClient.invalidateQueries({ queryKey: key(mentorshipId) })
}
