import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type Participant = components['schemas']['ParticipantRead']
export type ParticipantRole = components['schemas']['ParticipantRole']
export type InvitationReport = components['schemas']['InvitationReport']
export type DirectoryPerson = components['schemas']['DirectoryPersonRead']
type InviteBody = components['schemas']['InvitePeople'] | components['schemas']['InviteUnit']

const participantsKey = (id: string) => ['programs-admin', 'participants', id] as const

export async function listParticipants(programId: string) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/participants', {
      params: { path: { program_id: programId }, query: { limit: 500 } },
    }),
  )
}

export function useParticipants(programId: string) {
  return useQuery({ queryKey: participantsKey(programId), queryFn: () => listParticipants(programId) })
}

export async function inviteParticipants(programId: string, body: InviteBody) {
  return unwrap(
    await api.POST('/api/v1/programs/{program_id}/participants/invitations', {
      params: { path: { program_id: programId } },
      body,
    }),
  )
}

export function useInviteParticipants(programId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: InviteBody) => inviteParticipants(programId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantsKey(programId) }),
  })
}

/** People to invite, found by name or email in the directory. */
export async function searchPeople(q: string) {
  return unwrap(await api.GET('/api/v1/directory/people', { params: { query: { q, active: true, limit: 20 } } }))
}

export function usePeopleSearch(q: string) {
  return useQuery({ queryKey: ['programs-admin', 'people', q], queryFn: () => searchPeople(q), enabled: q !== '' })
}

/** The organisation's units, for inviting a whole unit. */
export async function listUnits(): Promise<{ id: string; name: string }[]> {
  const units = unwrap(await api.GET('/api/v1/directory/units'))
  return units.map(({ id, name }) => ({ id, name }))
}

export function useUnits() {
  return useQuery({ queryKey: ['programs-admin', 'units'], queryFn: listUnits, staleTime: 60_000 })
}

/** Invitations from a CSV file (one email per line, or an `email` column), in one role. */
export async function inviteCsv(programId: string, role: ParticipantRole, csv: string) {
  return unwrap(
    await api.POST('/api/v1/programs/{program_id}/participants/invitations/csv', {
      params: { path: { program_id: programId }, query: { role } },
      body: csv,
      bodySerializer: (body: string) => body,
      headers: { 'Content-Type': 'text/csv' },
    }),
  )
}

export function useInviteCsv(programId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ role, csv }: { role: ParticipantRole; csv: string }) => inviteCsv(programId, role, csv),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantsKey(programId) }),
  })
}
