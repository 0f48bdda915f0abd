import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ensureOk, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'
import { useRefresh } from './matching'

export type MatchingSettings = components['schemas']['MatchingSettingsRead']
export type MatchingSettingsUpdate = components['schemas']['MatchingSettingsUpdate']
export type AttributeWeight = components['schemas']['AttributeWeight']
export type Exclusion = components['schemas']['ExclusionRead']

export const ATTRIBUTES = ['languages', 'site', 'seniority', 'unit'] as const satisfies AttributeWeight['attribute'][]

const settingsKey = (programId: string) => ['matching-review', 'settings', programId] as const
const exclusionsKey = (programId: string) => ['matching-review', 'exclusions', programId] as const

export async function getSettings(programId: string) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/matching/settings', { params: { path: { program_id: programId } } }),
  )
}

export function useSettings(programId: string) {
  return useQuery({ queryKey: settingsKey(programId), queryFn: () => getSettings(programId) })
}

export function useUpdateSettings(programId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: MatchingSettingsUpdate) =>
      unwrap(
        await api.PUT('/api/v1/programs/{program_id}/matching/settings', {
          params: { path: { program_id: programId } },
          body,
        }),
      ),
    onSuccess: (settings) => queryClient.setQueryData(settingsKey(programId), settings),
  })
}

export async function listExclusions(programId: string) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/matching/exclusions', { params: { path: { program_id: programId } } }),
  )
}

export function useExclusions(programId: string) {
  return useQuery({ queryKey: exclusionsKey(programId), queryFn: () => listExclusions(programId) })
}

export function useRemoveExclusion(programId: string) {
  const refresh = useRefresh(programId)
  return useMutation({
    mutationFn: async (exclusionId: string) =>
      ensureOk(
        await api.DELETE('/api/v1/programs/{program_id}/matching/exclusions/{exclusion_id}', {
          params: { path: { program_id: programId, exclusion_id: exclusionId } },
        }),
      ),
    onSuccess: refresh,
  })
}

/** Every participant's name by person id (exclusions carry ids only), whatever their state. */
export async function participantNames(programId: string) {
  const page = unwrap(
    await api.GET('/api/v1/programs/{program_id}/participants', {
      params: { path: { program_id: programId }, query: { limit: 500 } },
    }),
  )
  return Object.fromEntries(page.items.map((p) => [p.person.id, `${p.person.given_name} ${p.person.family_name}`]))
}

export function useParticipantNames(programId: string) {
  return useQuery({ queryKey: ['matching-review', 'names', programId], queryFn: () => participantNames(programId) })
}

/** Exchanges the mentors of two proposals of a draft run. */
export function useSwapProposals(programId: string, runId: string) {
  const refresh = useRefresh(programId)
  return useMutation({
    mutationFn: async (proposalIds: [string, string]) =>
      unwrap(
        await api.POST('/api/v1/programs/{program_id}/matching/runs/{run_id}/swap', {
          params: { path: { program_id: programId, run_id: runId } },
          body: { proposal_ids: proposalIds },
        }),
      ),
    onSuccess: refresh,
  })
}
