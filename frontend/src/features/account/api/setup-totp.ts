import { useMutation } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'

/** Asks the API for a fresh TOTP secret; nothing is enabled until a code confirms it. */
export async function setupTotp() {
  return unwrap(await api.POST('/api/v1/me/totp/setup'))
}

export function useSetupTotp() {
  return useMutation({ mutationFn: setupTotp })
}
