import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type MetricsReport = components['schemas']['MetricsReport']
export type MetricCell = components['schemas']['MetricCell']

export async function getProgramMetrics(programId: string) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/metrics', {
      params: { path: { program_id: programId }, query: { by_unit: false } },
    }),
  )
}

export function useProgramMetrics(programId: string) {
  return useQuery({ queryKey: ['pilotage', 'metrics', programId], queryFn: () => getProgramMetrics(programId) })
}

/** The whole-program, whole-period figures: the dashboard's headline table. */
export function headlineCells(report: MetricsReport): MetricCell[] {
  return report.cells.filter((cell) => cell.scope === 'all' && cell.period === null)
}
