import { useSyncExternalStore } from 'react'
import { getAccessToken, subscribeAccessToken } from '@/api/token'

/** Re-renders when the in-memory access token appears or goes away. */
export function useAccessToken(): string | null {
  return useSyncExternalStore(subscribeAccessToken, getAccessToken, getAccessToken)
}
