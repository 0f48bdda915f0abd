import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type AuditEvent = components['schemas']['AuditEventRead']

/** Filters as the URL holds them; dates are local calendar days (YYYY-MM-DD). */
export type AuditFilters = {
  action: string
  actorId: string
  targetType: string
  targetId: string
  since: string
  until: string
  offset: number
}
export const AUDIT_PAGE_SIZE = 50

/** Start of a local calendar day as an ISO instant; `next` gives the following day (exclusive bound). */
export function dayStart(day: string, next = false): string | undefined {
  if (!day) return undefined
  const [y, m, d] = day.split('-').map(Number)
  if (!y || !m || !d) return undefined
  return new Date(y, m - 1, d + (next ? 1 : 0)).toISOString()
}

export async function listAuditEvents(filters: AuditFilters) {
  return unwrap(
    await api.GET('/api/v1/audit-events', {
      params: {
        query: {
          action: filters.action || undefined,
          actor_id: filters.actorId || undefined,
          target_type: filters.targetType || undefined,
          target_id: filters.targetId || undefined,
          since: dayStart(filters.since),
          until: dayStart(filters.until, true),
          limit: AUDIT_PAGE_SIZE,
          offset: filters.offset,
        },
      },
    }),
  )
}

export function useAuditEvents(filters: AuditFilters) {
  return useQuery({
    queryKey: ['governance', 'audit-events', filters],
    queryFn: () => listAuditEvents(filters),
    placeholderData: keepPreviousData,
  })
}
