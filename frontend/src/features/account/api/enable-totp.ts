import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ensureOk } from '@/api/client'
import { meQueryKey } from '@/api/me'

export async function enableTotp(code: string): Promise<void> {
  ensureOk(await api.POST('/api/v1/me/totp/enable', { body: { code } }))
}

export function useEnableTotp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: enableTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  })
}
