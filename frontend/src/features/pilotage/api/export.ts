import { downloadFile } from '@/api/download'

export type ExportFormat = 'csv' | 'xlsx'
export type ExportFilters = { unit: string | null; period: string | null; language: 'fr' | 'en' }

/** The file name the API chose (RFC 6266 `filename*` first: it keeps accents and spaces). */
export function exportName(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? ''
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1]
  if (extended) {
    try {
      return decodeURIComponent(extended)
    } catch {
      // a malformed header: use the plain name
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? fallback
}

/**
 * Downloads a program's figures for people (headers in the reader's language, rates as
 * percentages), with the dashboard's filters; returns the file's name.
 */
export async function downloadKpis(programId: string, format: ExportFormat, filters: ExportFilters): Promise<string> {
  const url = new URL(`/api/v1/exports/kpis.${format}`, window.location.origin)
  url.searchParams.set('program', programId)
  url.searchParams.set('language', filters.language)
  if (filters.unit) url.searchParams.set('unit', filters.unit)
  if (filters.period) url.searchParams.set('period', filters.period)
  let name = `indicateurs.${format}`
  await downloadFile(url, (response) => {
    name = exportName(response, name)
    return name
  })
  return name
}
