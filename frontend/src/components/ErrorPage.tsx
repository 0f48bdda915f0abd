import { useTranslation } from 'react-i18next'
import { useMe } from '@/api/me'
import { ProblemError, type Problem } from '@/api/problem'
import { problemSentence, type ProblemMessages } from '@/lib/problems'
import { PageTitle } from './PageTitle'

type Props = {
  problem?: Problem
  /** Our own words for the title and sentence; otherwise they come from the status and code. */
  title?: string
  message?: string
  messages?: ProblemMessages
  onRetry?: () => void
}

/**
 * A page that could not be shown, said in words: a title from the status, the feature's
 * sentence for the code (or the fallback naming who to contact), the code folded away
 * for support. The API's English title and detail are never shown.
 */
export function ErrorPage({ problem, title, message, messages, onRetry }: Props) {
  const { t } = useTranslation()
  const me = useMe({ enabled: false, throwOnError: false })
  const status = problem?.status ?? 0
  const heading =
    title ?? (status === 404 ? t('error.notFoundTitle') : status === 403 ? t('error.forbiddenTitle') : t('error.title'))
  const sentence =
    message ??
    (problem
      ? problemSentence(t, new ProblemError(problem), { ...messages, ...(status === 404 && !messages?.[problem.code] ? { [problem.code]: 'error.notFoundDetail' } : {}) }, me.data?.organisation.support_email ?? undefined)
      : t('error.unexpected'))
  return (
    <div className="error-page">
      <PageTitle>{heading}</PageTitle>
      <p>{sentence}</p>
      {problem && (
        <details className="problem-details">
          <summary>{t('problem.details')}</summary>
          <dl className="problem-meta">
            <dt>{t('error.code')}</dt>
            <dd>
              <code>{problem.code}</code>
            </dd>
            {status > 0 && (
              <>
                <dt>{t('error.status')}</dt>
                <dd>{status}</dd>
              </>
            )}
          </dl>
        </details>
      )}
      <p className="actions">
        {onRetry && (
          <button type="button" className="btn btn-secondary" onClick={onRetry}>
            {t('error.retry')}
          </button>
        )}
        <a className="btn btn-primary" href="/">
          {t('error.backHome')}
        </a>
      </p>
    </div>
  )
}
