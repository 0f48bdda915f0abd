import { useEffect, useState, type ReactNode } from 'react'
import { refreshSession } from '@/api/client'
import { getAccessToken } from '@/api/token'
import { Loading } from '@/components/Loading'

let bootstrap: Promise<boolean> | null = null

/**
 * On app load the access token is gone (memory only): try the refresh cookie
 * once before deciding whether the person is signed in.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(() => getAccessToken() !== null)
  useEffect(() => {
    if (ready) return
    bootstrap ??= refreshSession()
    let active = true
    void bootstrap.finally(() => {
      if (active) setReady(true)
    })
    return () => {
      active = false
    }
  }, [ready])
  return ready ? children : <Loading />
}

/** Tests start each render from a clean slate. */
export function resetSessionBootstrap(): void {
  bootstrap = null
}
