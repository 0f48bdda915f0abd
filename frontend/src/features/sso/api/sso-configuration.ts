import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ensureOk, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'
import { isProblemError } from '@/api/problem'

export type SsoConfiguration = components['schemas']['SsoConfigurationRead']
export type SsoConfigurationWrite = components['schemas']['SsoConfigurationWrite']

const key = ['sso', 'configuration'] as const

/** The organisation's provider settings; null while none is configured. */
export function useSsoConfiguration() {
  return useQuery({
    queryKey: key,
    queryFn: async (): Promise<SsoConfiguration | null> => {
      try {
        return unwrap(await api.GET('/api/v1/organisation/sso'))
      } catch (error) {
        if (isProblemError(error) && error.code === 'sso_not_configured') return null
        throw error
      }
    },
  })
}

export function useSaveSsoConfiguration() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: SsoConfigurationWrite) =>
      unwrap(await api.PUT('/api/v1/organisation/sso', { body })),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  })
}

export function useDeleteSsoConfiguration() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => ensureOk(await api.DELETE('/api/v1/organisation/sso')),
    onSuccess: () => queryClient.setQueryData(key, null),
  })
}

export function useRotateSsoKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/organisation/sso/signing-key')),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  })
}
