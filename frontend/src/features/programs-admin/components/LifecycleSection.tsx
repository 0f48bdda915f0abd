import type { ParseKeys } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { ConfirmDialog } from '@/components/Dialog'
import { Section } from '@/components/Section'
import { NEXT_ACTION, TransitionError, useTransitionProgram, type LifecycleAction } from '../api/lifecycle'
import { useParticipants } from '../api/participants'
import type { Program } from '../api/programs'
import { useQuestionnaire } from '../api/questionnaire'
import { PROGRAM_PROBLEMS } from '../problems'

const l = 'programsAdmin.lifecycle'

/** What the server will ask for before this step, read from what the page already knows. */
function useMissing(program: Program, action: LifecycleAction | undefined): string[] {
  const questionnaire = useQuestionnaire(program.id)
  const participants = useParticipants(program.id)
  if (action === 'open-enrolment') {
    const questions = questionnaire.data?.questions ?? []
    const missing: string[] = []
    if (!program.charter_version) missing.push('charter')
    for (const role of ['mentor', 'mentee'] as const) {
      if (questionnaire.data && !questions.some((q) => q.audience === role || q.audience === 'both')) missing.push(`questionnaire.${role}`)
    }
    if (!program.starts_on) missing.push('starts_on')
    if (!program.ends_on) missing.push('ends_on')
    return missing
  }
  if (action === 'start' && participants.data) {
    const ready = (role: string) => participants.data.items.some((x) => x.role === role && (x.state === 'eligible' || x.state === 'active'))
    return [...(ready('mentor') ? [] : ['eligible_mentors']), ...(ready('mentee') ? [] : ['eligible_mentees'])]
  }
  return []
}

function MissingList({ items }: { items: string[] }) {
  const { t, i18n } = useTranslation()
  return (
    <ul className="missing-list">
      {items.map((item) => {
        const key = `${l}.missing.${item}` as ParseKeys
        return <li key={item}>{i18n.exists(key) ? String(t(key)) : t(`${l}.missing.other`)}</li>
      })}
    </ul>
  )
}

/** The next lifecycle step, confirmed in a dialog that says what it does and what is still missing. */
export function LifecycleSection({ program }: { program: Program }) {
  const { t } = useTranslation()
  const transition = useTransitionProgram(program.id)
  const next = NEXT_ACTION[program.status]
  const missing = useMissing(program, next)
  const refused = transition.error instanceof TransitionError ? transition.error.missing : []
  return (
    <Section title={t(`${l}.title`)}>
      <p>{t(`${l}.current`, { status: t(`programsAdmin.status.${program.status}`) })}</p>
      {transition.isSuccess && (
        <Alert tone="success">
          {t(`${l}.done`, { status: t(`programsAdmin.status.${transition.data.status}`) })}
        </Alert>
      )}
      {refused.length > 0 && (
        <Alert tone="error">
          <p>{t(`${l}.missingTitle`)}</p>
          <MissingList items={refused} />
        </Alert>
      )}
      {next ? (
        <>
          {missing.length > 0 && refused.length === 0 && (
            <div className="notice">
              <p>{t(`${l}.missingBefore`, { action: t(`${l}.actions.${next}`).toLowerCase() })}</p>
              <MissingList items={missing} />
            </div>
          )}
          <ConfirmDialog
            triggerLabel={t(`${l}.actions.${next}`)}
            triggerVariant={next === 'close' || next === 'archive' ? 'danger' : 'primary'}
            title={t(`${l}.confirm.${next}.title`)}
            confirmLabel={t(`${l}.actions.${next}`)}
            onConfirm={() => transition.mutateAsync(next)}
            messages={PROGRAM_PROBLEMS}
          >
            <p>{t(`${l}.confirm.${next}.body`)}</p>
            {missing.length > 0 && (
              <>
                <p>{t(`${l}.missingTitle`)}</p>
                <MissingList items={missing} />
              </>
            )}
          </ConfirmDialog>
        </>
      ) : (
        <p className="empty-state">{t(`${l}.none`)}</p>
      )}
    </Section>
  )
}
