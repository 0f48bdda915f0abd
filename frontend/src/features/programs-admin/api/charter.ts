import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import { isProblemError } from '@/api/problem'
import type { components } from '@/api/generated/schema'

export type Charter = components['schemas']['CharterRead']
export type CharterVersion = components['schemas']['CharterVersionRead']

const charterKey = (id: string) => ['programs-admin', 'charter', id] as const
const versionsKey = (id: string) => ['programs-admin', 'charter-versions', id] as const

/** The latest charter, or null while the program has none (404 charter_not_found). */
export async function getCharter(programId: string): Promise<Charter | null> {
  try {
    return unwrap(
      await api.GET('/api/v1/programs/{program_id}/charter', { params: { path: { program_id: programId } } }),
    )
  } catch (error) {
    if (isProblemError(error) && error.code === 'charter_not_found') return null
    throw error
  }
}

export function useCharter(programId: string) {
  return useQuery({ queryKey: charterKey(programId), queryFn: () => getCharter(programId) })
}

export async function listCharterVersions(programId: string) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/charter/versions', { params: { path: { program_id: programId } } }),
  )
}

export function useCharterVersions(programId: string) {
  return useQuery({ queryKey: versionsKey(programId), queryFn: () => listCharterVersions(programId) })
}

export async function saveCharter(programId: string, bodyMarkdown: string) {
  return unwrap(
    await api.PUT('/api/v1/programs/{program_id}/charter', {
      params: { path: { program_id: programId } },
      body: { body_markdown: bodyMarkdown },
    }),
  )
}

export function useSaveCharter(programId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: string) => saveCharter(programId, body),
    onSuccess: (charter) => {
      queryClient.setQueryData(charterKey(programId), charter)
      void queryClient.invalidateQueries({ queryKey: versionsKey(programId) })
      void queryClient.invalidateQueries({ queryKey: ['programs-admin', 'detail', programId] })
    },
  })
}
