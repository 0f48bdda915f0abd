import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import { meQueryKey } from '@/api/me'

/** Turns TOTP on; the API answers the ten recovery codes, shown this once. */
export async function enableTotp(code: string): Promise<string[]> {
  return unwrap(await api.POST('/api/v1/me/totp/enable', { body: { code } })).codes
}

export function useEnableTotp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: enableTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  })
}
