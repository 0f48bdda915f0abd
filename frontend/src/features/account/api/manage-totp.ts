import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ensureOk, unwrap } from '@/api/client'
import { meQueryKey } from '@/api/me'

/** Ten new recovery codes for a fresh TOTP code; the previous ones stop working. */
export async function regenerateRecoveryCodes(code: string): Promise<string[]> {
  return unwrap(await api.POST('/api/v1/me/totp/recovery-codes', { body: { code } })).codes
}

/** Turns TOTP off with a fresh TOTP code or an unused recovery code. */
export async function disableTotp(code: string): Promise<void> {
  ensureOk(await api.POST('/api/v1/me/totp/disable', { body: { code } }))
}

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: regenerateRecoveryCodes,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  })
}

export function useDisableTotp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: disableTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  })
}
