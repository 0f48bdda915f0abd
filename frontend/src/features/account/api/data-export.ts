import { downloadFile, suggestedName } from '@/api/download'

/** Downloads everything held about me (streamed JSON, under the name the API suggests). */
export async function downloadMyData(): Promise<void> {
  await downloadFile(new URL('/api/v1/me/data-export', window.location.origin), (response) =>
    suggestedName(response, 'constel-data-export.json'),
  )
}
