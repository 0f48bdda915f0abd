import type { QueryClient } from '@tanstack/react-query'
import { setAccessToken } from './token'

/** Forgets everything this tab knows about the signed-in person. */
export function clearLocalSession(queryClient: QueryClient): void {
  setAccessToken(null)
  queryClient.clear()
}
