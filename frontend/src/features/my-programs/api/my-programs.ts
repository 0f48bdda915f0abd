import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type MemberProgram = components['schemas']['MemberProgramRead']
export type ParticipantRole = components['schemas']['ParticipantRole']

const key = ['programs', 'mine'] as const

export function useMyPrograms() {
  return useQuery({ queryKey: key, queryFn: async () => unwrap(await api.GET('/api/v1/programs/mine')) })
}

/** The program's charter in force (its text and version), fetched when the person opens it. */
export function useCharter(programId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['program-charter', programId],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/programs/{program_id}/charter', { params: { path: { program_id: programId } } })),
  })
}

type Action = { kind: 'accept' | 'decline' } | { kind: 'apply'; role: ParticipantRole } | { kind: 'sign'; version: number }

/** Accept / decline an invitation, apply, sign the current charter. */
export function useProgramAction(programId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (action: Action) => {
      const params = { path: { program_id: programId } }
      switch (action.kind) {
        case 'accept':
          return unwrap(await api.POST('/api/v1/programs/{program_id}/participants/me/accept', { params, body: null }))
        case 'decline':
          return unwrap(await api.POST('/api/v1/programs/{program_id}/participants/me/decline', { params }))
        case 'apply':
          return unwrap(await api.POST('/api/v1/programs/{program_id}/participants/me/apply', { params, body: { role: action.role } }))
        case 'sign':
          return unwrap(await api.POST('/api/v1/programs/{program_id}/charter/signatures', { params, body: { version: action.version } }))
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  })
}
