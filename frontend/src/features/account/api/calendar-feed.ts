import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ensureOk, unwrap } from '@/api/client'

const key = ['calendar-feed'] as const

/** Whether I have a subscription link (the server never returns the link itself again). */
export function useCalendarFeed() {
  return useQuery({ queryKey: key, queryFn: async () => unwrap(await api.GET('/api/v1/calendar/feed')) })
}

/** A new secret link; any previous one stops working. */
export function useRenewCalendarFeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/calendar/feed')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  })
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => ensureOk(await api.DELETE('/api/v1/calendar/feed')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  })
}
