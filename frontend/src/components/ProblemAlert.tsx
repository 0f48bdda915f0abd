import { useTranslation } from 'react-i18next'
import { useMe } from '@/api/me'
import { isStale, problemOf, problemSentence, type ProblemMessages } from '@/lib/problems'

type Props = {
  error: unknown
  /** The feature's code → i18n key map. */
  messages?: ProblemMessages
  /** On a 409 stale_version: reload the latest version (what was typed stays in the form). */
  onReload?: () => void
}

/**
 * A refusal in words: the feature's sentence for the problem's code, else the fallback
 * naming who to contact; the code and status folded away for support; on a stale
 * version, a button to reload the latest one.
 */
export function ProblemAlert({ error, messages, onReload }: Props) {
  const { t } = useTranslation()
  const me = useMe({ throwOnError: false })
  if (!error) return null
  const problem = problemOf(error)
  const contact = me.data?.organisation.support_email ?? undefined
  const requestId = typeof problem?.request_id === 'string' ? problem.request_id : null
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-lead">{problemSentence(t, error, messages, contact)}</p>
      {isStale(error) && onReload && (
        <p>
          {t('problem.kept')}{' '}
          <button type="button" className="btn btn-secondary btn-small" onClick={onReload}>
            {t('problem.reload')}
          </button>
        </p>
      )}
      {problem && (
        <details className="problem-details">
          <summary>{t('problem.details')}</summary>
          <dl className="problem-meta">
            <dt>{t('problem.code')}</dt>
            <dd>
              <code>{problem.code}</code>
            </dd>
            {problem.status > 0 && (
              <>
                <dt>{t('problem.status')}</dt>
                <dd>{problem.status}</dd>
              </>
            )}
            {requestId && (
              <>
                <dt>{t('problem.reference')}</dt>
                <dd>
                  <code>{requestId}</code>
                </dd>
              </>
            )}
          </dl>
        </details>
      )}
    </div>
  )
}
