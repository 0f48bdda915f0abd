import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'
import { setAccessToken } from '@/api/token'

export type LoginInput = components['schemas']['LoginRequest']

export async function login(input: LoginInput) {
  const token = unwrap(await api.POST('/api/v1/auth/login', { body: input }))
  setAccessToken(token.access_token)
  return token
}

export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
