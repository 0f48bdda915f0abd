import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ensureOk, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type NotificationItem = components['schemas']['NotificationRead']
export const notificationsKey = ['my-notifications'] as const

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/notifications', { params: { query: { limit: 30 } } })),
    enabled,
    throwOnError: false,
    refetchInterval: 60_000,
    staleTime: 30_000,
  })
}

export function useMarkRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (id: string) =>
      ensureOk(await api.POST('/api/v1/me/notifications/{notification_id}/read', { params: { path: { notification_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  })
}

export function useMarkAllRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/me/notifications/read-all')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  })
}
