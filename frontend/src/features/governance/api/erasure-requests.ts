import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type ErasureRequest = components['schemas']['ErasureRequestRead']
export type ErasureStatus = components['schemas']['ErasureStatus']
export const ERASURE_PAGE_SIZE = 50

const key = ['governance', 'erasure-requests'] as const

export function useErasureRequests(status: ErasureStatus | '', offset: number) {
  return useQuery({
    queryKey: [...key, status, offset],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/gdpr/erasure-requests', {
          params: { query: { status: status || undefined, limit: ERASURE_PAGE_SIZE, offset } },
        }),
      ),
    placeholderData: keepPreviousData,
  })
}

/** Erases the requester for good; the list is refreshed whatever the outcome. */
export function useExecuteErasure() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (requestId: string) =>
      unwrap(
        await api.POST('/api/v1/gdpr/erasure-requests/{request_id}/execute', {
          params: { path: { request_id: requestId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
    // The erased person now carries a pseudonym: forget the cached name.
    onSuccess: (request) => queryClient.invalidateQueries({ queryKey: ['governance', 'person-name', request.person_id] }),
  })
}
