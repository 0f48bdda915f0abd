import { downloadFile } from '@/api/download'

export type ExportFormat = 'csv' | 'xlsx'

/** Downloads a program's KPI export (CSV for French Excel, or a workbook). */
export async function downloadKpis(programId: string, format: ExportFormat): Promise<void> {
  const url = new URL(`/api/v1/exports/kpis.${format}`, window.location.origin)
  url.searchParams.set('program', programId)
  await downloadFile(url, () => `constel-kpis-${programId}.${format}`)
}
