import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, Navigate, useRouteError } from 'react-router'
import { isProblemError } from '@/api/problem'
import { ErrorPage } from '@/components/ErrorPage'

/** Anything thrown while rendering a route lands here; API problems are said in words, their code folded for support. */
export function RouteError() {
  const error = useRouteError()
  const { reset } = useQueryErrorResetBoundary()
  const { t } = useTranslation()
  if (isProblemError(error) && error.status === 401) {
    return <Navigate to="/sign-in" replace state={{ expired: true }} />
  }
  if (isProblemError(error)) {
    return (
      <ErrorPage
        problem={error.problem}
        onRetry={() => {
          reset()
          window.location.reload()
        }}
      />
    )
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
<ErrorPage title={t('error.notFound.title')} message={t('error.notFound.detail')} />
    )
  }
  return <ErrorPage />
}
