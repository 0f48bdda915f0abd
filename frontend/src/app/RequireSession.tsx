import { Navigate, Outlet, useLocation } from 'react-router'
import { sessionEndReason } from '@/api/token'
import { useAccessToken } from '@/hooks/useAccessToken'

/** Private routes send anonymous visitors to sign in, then back where they were going. */
export function RequireSession() {
  const token = useAccessToken()
  const location = useLocation()
  if (!token) {
    const reason = sessionEndReason()
    const from = `${location.pathname}${location.search}${location.hash}`
    const state = reason === 'signedOut' ? { signedOut: true } : { from, expired: reason === 'expired' }
    return <Navigate to="/sign-in" replace state={state} />
  }
  return <Outlet />
}
