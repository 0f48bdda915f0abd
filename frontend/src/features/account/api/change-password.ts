import { useMutation } from '@tanstack/react-query'
import { api, ensureOk } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type ChangePasswordInput = components['schemas']['PasswordChange']

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  ensureOk(await api.POST('/api/v1/me/password', { body: input }))
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword })
}
