import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { api, ensureOk } from '@/api/client'
import { clearLocalSession } from '@/api/session'

/** Revokes every session of the person, on every device. */
export async function logoutAll(): Promise<void> {
  ensureOk(await api.POST('/api/v1/auth/logout-all'))
}

export function useLogoutAll() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: logoutAll,
    onSuccess: () => {
      clearLocalSession(queryClient)
      void navigate('/sign-in', { replace: true, state: { signedOut: true } })
    },
  })
}
