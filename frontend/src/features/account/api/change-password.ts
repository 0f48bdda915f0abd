import { useMutation } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'
import { setAccessToken } from '@/api/token'

export type ChangePasswordInput = components['schemas']['PasswordChange']

/**
 * The API ends every other session and answers with fresh tokens for this one
 * (the refresh cookie is replaced in the same response).
 */
export async function changePassword(input: ChangePasswordInput): Promise<void> {
  const tokens = unwrap(await api.POST('/api/v1/me/password', { body: input }))
  setAccessToken(tokens.access_token)
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword })
}
