import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ensureOk } from '@/api/client'
import { clearLocalSession } from '@/api/session'

/** Revokes every session of the person, on every device. */
export async function logoutAll(): Promise<void> {
  ensureOk(await api.POST('/api/v1/auth/logout-all'))
}

export function useLogoutAll() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logoutAll,
    onSuccess: () => {
      clearLocalSession(queryClient)
    },
  })
}
