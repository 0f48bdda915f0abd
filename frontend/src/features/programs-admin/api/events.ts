import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ensureOk, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type ProgramEvent = components['schemas']['EventRead']
export type EventCreate = components['schemas']['EventCreate']
export type EventUpdate = components['schemas']['EventUpdate']
export type EventInvite = components['schemas']['EventInvite']
export type Attendance = components['schemas']['AttendanceRead']
export type AttendanceStatus = components['schemas']['AttendanceStatus']
export type AttendanceEntry = components['schemas']['AttendanceEntry']

export const EVENT_KINDS = ['training', 'kickoff', 'group_meeting', 'other'] as const
export const EVENT_MODES = ['in_person', 'video', 'phone'] as const
export const ATTENDANCE_STATUSES: AttendanceStatus[] = ['present', 'absent', 'excused']

export const eventKeys = {
  list: (programId: string) => ['programs-admin', 'events', programId] as const,
  detail: (programId: string, eventId: string) => ['programs-admin', 'events', programId, eventId] as const,
  attendance: (programId: string, eventId: string) =>
    ['programs-admin', 'events', programId, eventId, 'attendance'] as const,
}

export async function listEvents(programId: string) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/events', { params: { path: { program_id: programId } } }),
  )
}

export function useEvents(programId: string) {
  return useQuery({
    queryKey: eventKeys.list(programId),
    queryFn: () => listEvents(programId),
    select: (events) => [...events].sort((a, b) => a.starts_at.localeCompare(b.starts_at)),
  })
}

export async function getEvent(programId: string, eventId: string) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/events/{event_id}', {
      params: { path: { program_id: programId, event_id: eventId } },
    }),
  )
}

export function useEvent(programId: string, eventId: string) {
  return useQuery({ queryKey: eventKeys.detail(programId, eventId), queryFn: () => getEvent(programId, eventId) })
}

export function useCreateEvent(programId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: EventCreate) =>
      unwrap(
        await api.POST('/api/v1/programs/{program_id}/events', { params: { path: { program_id: programId } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.list(programId) }),
  })
}

export function useUpdateEvent(programId: string, eventId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: EventUpdate) =>
      unwrap(
        await api.PATCH('/api/v1/programs/{program_id}/events/{event_id}', {
          params: { path: { program_id: programId, event_id: eventId } },
          body,
        }),
      ),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(programId, eventId), event)
      void queryClient.invalidateQueries({ queryKey: eventKeys.list(programId), exact: true })
    },
  })
}

export function useDeleteEvent(programId: string, eventId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () =>
      ensureOk(
        await api.DELETE('/api/v1/programs/{program_id}/events/{event_id}', {
          params: { path: { program_id: programId, event_id: eventId } },
        }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: eventKeys.detail(programId, eventId) })
      return queryClient.invalidateQueries({ queryKey: eventKeys.list(programId), exact: true })
    },
  })
}

export function useInviteToEvent(programId: string, eventId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: EventInvite) =>
      unwrap(
        await api.POST('/api/v1/programs/{program_id}/events/{event_id}/invitations', {
          params: { path: { program_id: programId, event_id: eventId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.attendance(programId, eventId) }),
  })
}

export async function listAttendance(programId: string, eventId: string) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/events/{event_id}/attendance', {
      params: { path: { program_id: programId, event_id: eventId } },
    }),
  )
}

export function useAttendance(programId: string, eventId: string) {
  return useQuery({
    queryKey: eventKeys.attendance(programId, eventId),
    queryFn: () => listAttendance(programId, eventId),
  })
}

export function useRecordAttendance(programId: string, eventId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (entries: AttendanceEntry[]) =>
      unwrap(
        await api.PUT('/api/v1/programs/{program_id}/events/{event_id}/attendance', {
          params: { path: { program_id: programId, event_id: eventId } },
          body: { entries },
        }),
      ),
    onSuccess: (rows) => queryClient.setQueryData(eventKeys.attendance(programId, eventId), rows),
  })
}
