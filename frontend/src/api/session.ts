import type { QueryClient } from '@tanstack/react-query'
import { endSession } from './token'

/**
 * Forgets everything this tab knows about the signed-in person. Private routes
 * then send the visitor to sign in, where the reason is shown.
 */
export function clearLocalSession(queryClient: QueryClient): void {
  endSession('signedOut')
  queryClient.clear()
}
