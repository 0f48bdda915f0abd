import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'

export type MetricsFilters = { unit: string | null; period: string | null }

/** A program's whole-selection figures (no breakdown by unit: the dashboard filters instead). */
export async function getProgramMetrics(programId: string, filters: MetricsFilters) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/metrics', {
      params: {
        path: { program_id: programId },
        query: { by_unit: false, unit: filters.unit ?? undefined, period: filters.period ?? undefined },
      },
    }),
  )
}

export function useProgramMetrics(programId: string, filters: MetricsFilters) {
  return useQuery({
    queryKey: ['pilotage', 'metrics', programId, filters.unit, filters.period],
    queryFn: () => getProgramMetrics(programId, filters),
    placeholderData: keepPreviousData,
  })
}
