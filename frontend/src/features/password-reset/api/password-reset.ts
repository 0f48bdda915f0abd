import { useMutation } from '@tanstack/react-query'
import { api, ensureOk } from '@/api/client'

/** Always answered the same way: the API never tells whether the address has an account. */
export async function requestPasswordReset(email: string): Promise<void> {
  ensureOk(await api.POST('/api/v1/auth/password-reset', { body: { email } }))
}

export async function confirmPasswordReset(input: { token: string; new_password: string }): Promise<void> {
  ensureOk(await api.POST('/api/v1/auth/password-reset/confirm', { body: input }))
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset })
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset })
}
