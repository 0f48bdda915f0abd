import { Navigate, Outlet, useLocation } from 'react-router'
import { useAccessToken } from '@/hooks/useAccessToken'

/** Private routes send anonymous visitors to sign in, then back where they were going. */
export function RequireSession() {
  const token = useAccessToken()
  const location = useLocation()
  if (!token) {
    const from = `${location.pathname}${location.search}${location.hash}`
    return <Navigate to="/sign-in" replace state={{ from }} />
  }
  return <Outlet />
}
