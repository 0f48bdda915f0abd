import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import { CSRF_HEADER, readCsrfToken } from '@/api/csrf'
import { clearLocalSession } from '@/api/session'

/** Revokes this browser's refresh token; the API clears both cookies. */
export async function logout(): Promise<void> {
  const csrf = readCsrfToken()
  await api.POST('/api/v1/auth/logout', { headers: csrf ? { [CSRF_HEADER]: csrf } : {} })
}

/** Signs out even when the API is unreachable: the local session is dropped regardless. */
export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      try {
        await logout()
      } catch {
        // the token is dropped below in any case
      }
    },
    onSettled: () => {
      clearLocalSession(queryClient)
    },
  })
}
