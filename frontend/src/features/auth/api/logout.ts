import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import { CSRF_HEADER, readCsrfToken } from '@/api/csrf'
import { clearLocalSession } from '@/api/session'

/**
 * Revokes this browser's refresh token; the API clears both cookies. After a sign-in
 * through the organisation's provider, it answers where to end that session too.
 */
export async function logout(): Promise<string | null> {
  const csrf = readCsrfToken()
  const result = unwrap(
    await api.POST('/api/v1/auth/sso/logout', { headers: csrf ? { [CSRF_HEADER]: csrf } : {} }),
  )
  return result.redirect_url
}

/** Signs out even when the API is unreachable: the local session is dropped regardless. */
export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      try {
        return await logout()
      } catch {
        return null // the token is dropped below in any case
      }
    },
    onSettled: (providerLogout) => {
      clearLocalSession(queryClient)
      // RP-initiated logout: the provider ends its session, then sends the browser back.
      if (providerLogout) window.location.assign(providerLogout)
    },
  })
}
