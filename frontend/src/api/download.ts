import { authFetch } from '@/api/client'
import { toProblemError } from '@/api/problem'

/** The file name the API suggests in Content-Disposition, or ``fallback``. */
export function suggestedName(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? ''
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? fallback
}

/**
 * Downloads a file that needs the bearer token (a plain link would carry none): fetched
 * with it, then handed to the browser through a temporary blob URL. A refusal is thrown
 * as the API's problem.
 */
export async function downloadFile(url: URL, name: (response: Response) => string): Promise<void> {
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
    link.download = name(response)
    document.body.append(link)
    link.click()
    link.remove()
  } finally {
    setTimeout(() => URL.revokeObjectURL(href), 0)
  }
}
