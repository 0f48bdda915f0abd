import { useMutation } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type ErasureRequest = components['schemas']['ErasureRequestRead']

/** Asks the organisation's admins to erase my account; one pending request per person. */
export async function requestErasure(): Promise<ErasureRequest> {
  return unwrap(await api.POST('/api/v1/me/erasure-request'))
}

export function useRequestErasure() {
  return useMutation({ mutationFn: requestErasure })
}
