import type { ParseKeys } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Section } from '@/components/Section'
import { isProblemError } from '@/api/problem'
import { NEXT_ACTION, TransitionError, useTransitionProgram } from '../api/lifecycle'
import type { Program } from '../api/programs'

function MissingItems({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation()
  if (error instanceof TransitionError && error.missing.length > 0) {
    return (
      <Alert tone="error">
        <p>{t('programsAdmin.lifecycle.missingTitle')}</p>
        <ul className="missing-list">
          {error.missing.map((item) => {
            const key = `programsAdmin.lifecycle.missing.${item}` as ParseKeys
            return <li key={item}>{i18n.exists(key) ? String(t(key)) : item}</li>
          })}
        </ul>
      </Alert>
    )
  }
  if (isProblemError(error) && error.code === 'transition_not_allowed') {
    return <Alert tone="error">{t('programsAdmin.lifecycle.errors.transition_not_allowed')}</Alert>
  }
  return <Alert tone="error">{t('programsAdmin.lifecycle.errors.generic')}</Alert>
}

/** The next lifecycle step; a refusal lists what is missing, in words. */
export function LifecycleSection({ program }: { program: Program }) {
  const { t } = useTranslation()
  const transition = useTransitionProgram(program.id)
  const next = NEXT_ACTION[program.status]
  return (
    <Section title={t('programsAdmin.lifecycle.title')}>
      <p>{t('programsAdmin.lifecycle.current', { status: t(`programsAdmin.status.${program.status}`) })}</p>
      {transition.isSuccess && (
        <Alert tone="success">
          {t('programsAdmin.lifecycle.done', { status: t(`programsAdmin.status.${transition.data.status}`) })}
        </Alert>
      )}
      {transition.isError && <MissingItems error={transition.error} />}
      {next ? (
        <Button onClick={() => transition.mutate(next)} disabled={transition.isPending}>
          {t(`programsAdmin.lifecycle.actions.${next}`)}
        </Button>
      ) : (
        <p className="empty-state">{t('programsAdmin.lifecycle.none')}</p>
      )}
    </Section>
  )
}
