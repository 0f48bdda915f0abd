import { useTranslation } from 'react-i18next'
import type { Problem } from '@/api/problem'
import { PageTitle } from './PageTitle'

type Props = { problem?: Problem; onRetry?: () => void }

/** Renders an API problem (title, detail, code) or a generic message when there is none. */
export function ErrorPage({ problem, onRetry }: Props) {
  const { t } = useTranslation()
  return (
    <div className="error-page">
      <PageTitle>{problem?.title ?? t('error.title')}</PageTitle>
      <p>{problem?.detail ?? t('error.unexpected')}</p>
      {problem && (
        <dl className="problem-meta">
          <dt>{t('error.code')}</dt>
          <dd>
            <code>{problem.code}</code>
          </dd>
          {problem.status > 0 && (
            <>
              <dt>{t('error.status')}</dt>
              <dd>{problem.status}</dd>
            </>
          )}
        </dl>
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
