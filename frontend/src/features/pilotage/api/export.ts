import { authFetch } from '@/api/client'
import { toProblemError } from '@/api/problem'

export type ExportFormat = 'csv' | 'xlsx'

/**
 * Downloads the KPI export with the bearer token (a plain link would carry no
 * token), then hands the file to the browser through a temporary blob URL.
 */
export async function downloadKpis(programId: string, format: ExportFormat): Promise<void> {
  const url = new URL(`/api/v1/exports/kpis.${format}`, window.location.origin)
  url.searchParams.set('program', programId)
  const response = await authFetch(new Request(url))
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null)
    throw toProblemError(body, response)
  }
  const blob = await response.blob()
  const href = URL.createObjectURL(blob)
  try {
    const link = document.createElement('a')
    link.href = href
    link.download = `constel-kpis-${programId}.${format}`
    document.body.append(link)
    link.click()
    link.remove()
  } finally {
    setTimeout(() => URL.revokeObjectURL(href), 0)
  }
}
