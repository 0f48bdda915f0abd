import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type Program = components['schemas']['ProgramRead']
export type ProgramCreate = components['schemas']['ProgramCreate']
export type ProgramUpdate = components['schemas']['ProgramUpdate']
export type ProgramStatus = components['schemas']['ProgramStatus']

export const programKeys = {
  all: ['programs-admin'] as const,
  list: () => [...programKeys.all, 'list'] as const,
  detail: (id: string) => [...programKeys.all, 'detail', id] as const,
}

export async function listPrograms() {
  return unwrap(await api.GET('/api/v1/programs', { params: { query: { limit: 200 } } }))
}

export function usePrograms() {
  return useQuery({ queryKey: programKeys.list(), queryFn: listPrograms, placeholderData: keepPreviousData })
}

export async function getProgram(programId: string) {
  return unwrap(await api.GET('/api/v1/programs/{program_id}', { params: { path: { program_id: programId } } }))
}

export function useProgram(programId: string) {
  return useQuery({ queryKey: programKeys.detail(programId), queryFn: () => getProgram(programId) })
}

export async function createProgram(body: ProgramCreate) {
  return unwrap(await api.POST('/api/v1/programs', { body }))
}

export function useCreateProgram() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createProgram,
    onSuccess: (program) => {
      queryClient.setQueryData(programKeys.detail(program.id), program)
      void queryClient.invalidateQueries({ queryKey: programKeys.list() })
    },
  })
}

export async function updateProgram(programId: string, body: ProgramUpdate) {
  return unwrap(
    await api.PATCH('/api/v1/programs/{program_id}', { params: { path: { program_id: programId } }, body }),
  )
}

export function useUpdateProgram(programId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ProgramUpdate) => updateProgram(programId, body),
    onSuccess: (program) => {
      queryClient.setQueryData(programKeys.detail(programId), program)
      void queryClient.invalidateQueries({ queryKey: programKeys.list() })
    },
  })
}

/** Fetches the latest configuration without touching the form (after a 409 stale_version). */
export function useRefetchProgram(programId: string) {
  const queryClient = useQueryClient()
  return async () => {
    const latest = await getProgram(programId).catch(() => null)
    if (latest) queryClient.setQueryData(programKeys.detail(programId), latest)
    return latest
  }
}
