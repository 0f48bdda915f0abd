import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type Mentorship = components['schemas']['MentorshipRead']
export type WithdrawalReason = components['schemas']['WithdrawalReason']
export const WITHDRAWAL_REASONS: WithdrawalReason[] = ['availability', 'relationship', 'personal', 'professional_change', 'objectives_met', 'other']

export const mentorshipsKey = ['mentorships'] as const
const path = (id: string) => ({ params: { path: { mentorship_id: id } } })

export function useMyMentorships() {
  return useQuery({
    queryKey: mentorshipsKey,
    queryFn: async () => unwrap(await api.GET('/api/v1/mentorships', { params: { query: { limit: 100 } } })).items,
  })
}

export function useMentorship(id: string) {
  return useQuery({ queryKey: [...mentorshipsKey, id], queryFn: async () => unwrap(await api.GET('/api/v1/mentorships/{mentorship_id}', path(id))) })
}

export function useProgramCharter(programId: string | undefined) {
  return useQuery({
    queryKey: ['program-charter', programId],
    enabled: programId !== undefined,
    queryFn: async () => unwrap(await api.GET('/api/v1/programs/{program_id}/charter', { params: { path: { program_id: programId ?? '' } } })),
  })
}

type Action =
  | { kind: 'accept' | 'refuse' | 'firstMeeting' | 'complete' }
  | { kind: 'sign'; charterVersion: number }
  | { kind: 'withdraw'; reason: WithdrawalReason }

async function act(m: Mentorship, action: Action): Promise<Mentorship> {
  const p = path(m.id)
  const version = m.version
  switch (action.kind) {
    case 'accept':
      return unwrap(await api.POST('/api/v1/mentorships/{mentorship_id}/accept', { ...p, body: { version } }))
    case 'refuse':
      return unwrap(await api.POST('/api/v1/mentorships/{mentorship_id}/refuse', { ...p, body: { version } }))
    case 'firstMeeting':
      return unwrap(await api.POST('/api/v1/mentorships/{mentorship_id}/first-meeting', { ...p, body: { version } }))
    case 'sign':
      return unwrap(await api.POST('/api/v1/mentorships/{mentorship_id}/charter-signature', { ...p, body: { version, charter_version: action.charterVersion } }))
    case 'complete':
      return unwrap(await api.POST('/api/v1/mentorships/{mentorship_id}/complete', { ...p, body: { version } }))
    case 'withdraw':
      return unwrap(await api.POST('/api/v1/mentorships/{mentorship_id}/withdraw', { ...p, body: { version, reason: action.reason } }))
  }
}

/** Lifecycle actions on one mentorship; each sends the version acted on. */
export function useMentorshipAction(m: Mentorship) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (action: Action) => act(m, action),
    onSuccess: (updated) => {
      queryClient.setQueryData([...mentorshipsKey, m.id], updated)
      void queryClient.invalidateQueries({ queryKey: mentorshipsKey })
    },
  })
}
