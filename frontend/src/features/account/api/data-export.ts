import { authFetch } from '@/api/client'
import { toProblemError } from '@/api/problem'

const DEFAULT_NAME = 'constel-data-export.json'

/** The file name the API suggests in Content-Disposition, or ours. */
function fileName(response: Response): string {
  const header = response.headers.get('Content-Disposition') ?? ''
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? DEFAULT_NAME
}

/**
 * Downloads everything held about me. A plain link would carry no bearer token,
 * so the streamed JSON is fetched with it, then handed to the browser as a blob URL.
 */
export async function downloadMyData(): Promise<void> {
  const response = await authFetch(new Request(new URL('/api/v1/me/data-export', window.location.origin)))
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null)
    throw toProblemError(body, response)
  }
  const blob = await response.blob()
  const href = URL.createObjectURL(blob)
  try {
    const link = document.createElement('a')
    link.href = href
    link.download = fileName(response)
    document.body.append(link)
    link.click()
    link.remove()
  } finally {
    setTimeout(() => URL.revokeObjectURL(href), 0)
  }
}
