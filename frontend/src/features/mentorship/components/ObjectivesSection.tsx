import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Button } from '@/components/Button'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { formValues } from '@/lib/form'
import { mentorshipProblems } from '../problems'
import { useCreateObjective, useObjectives, useUpdateObjectiveStatus, type ObjectiveStatus } from '../api/objectives'

const NEXT: Record<ObjectiveStatus, ObjectiveStatus[]> = {
  defined: ['in_progress', 'achieved', 'abandoned'],
  in_progress: ['achieved', 'abandoned'],
  achieved: [],
  abandoned: [],
}

const STEP: Record<ObjectiveStatus, number> = { defined: 1, in_progress: 2, achieved: 3, abandoned: 0 }

/** Where an objective stands, as a bar with its words (defined → in progress → achieved). */
function ObjectiveProgress({ status }: { status: ObjectiveStatus }) {
  const { t } = useTranslation()
  if (status === 'abandoned') return null
  return (
    <progress className="objective-progress" max={3} value={STEP[status]} aria-label={t('mentorship.objectiveProgress', { step: String(STEP[status]) })} />
  )
}

/** Objectives: status in clear (metadata), wording encrypted in the browser. */
export function ObjectivesSection({ mentorshipId, unlocked, canWrite }: { mentorshipId: string; unlocked: boolean; canWrite: boolean }) {
  const { t } = useTranslation()
  const objectives = useObjectives(mentorshipId, unlocked)
  const create = useCreateObjective(mentorshipId)
  const update = useUpdateObjectiveStatus(mentorshipId)
  const [formKey, setFormKey] = useState(0)
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { title = '', description = '' } = formValues(event.currentTarget)
    if (!title.trim()) return
    create.mutate({ title: title.trim(), description }, { onSuccess: () => setFormKey((k) => k + 1) })
  }
  return (
    <Section title={t('mentorship.objectivesTitle')}>
      <p className="field-hint">{t('mentorship.encryptedNote')}</p>
      <ProblemAlert error={objectives.error} messages={mentorshipProblems} />
      <ProblemAlert error={update.error} messages={mentorshipProblems} onReload={() => void objectives.refetch()} />
      {objectives.data && objectives.data.length === 0 && <p className="empty-state">{t('mentorship.objectivesEmpty')}</p>}
      <ul className="objectives">
        {objectives.data?.map(({ objective, wording }) => (
          <li key={objective.id} data-testid="objective">
            <p>
              <strong>{unlocked ? (wording?.fields.title ?? t('mentorship.noWording')) : t('mentorship.locked')}</strong>
{' '}
              <span className={`badge ${objective.status === 'achieved' ? 'badge-success' : objective.status === 'abandoned' ? 'badge-neutral' : 'badge-info'}`}>
                {t(`mentorship.objectiveStatus.${objective.status}`)}
              </span>
            </p>
            <ObjectiveProgress status={objective.status} />
            {wording?.fields.description && <p>{wording.fields.description}</p>}
            {wording?.fields.status && wording.fields.status !== objective.status && (
              <Alert tone="info">{t('mentorship.statusMismatch', { status: wording.fields.status })}</Alert>
            )}
            {canWrite &&
              unlocked &&
              NEXT[objective.status].map((status) => (
                <Button key={status} variant="secondary" disabled={update.isPending} onClick={() => update.mutate({ objective, status, wording })}>
                  {t('mentorship.moveTo', { status: t(`mentorship.objectiveStatus.${status}`) })}
                </Button>
              ))}
          </li>
        ))}
      </ul>
      {canWrite && unlocked && (
        <form key={formKey} onSubmit={submit}>
          <TextField label={t('mentorship.objectiveTitle')} name="title" required maxLength={500} />
          <TextField label={t('mentorship.objectiveDescription')} name="description" maxLength={2000} />
          <ProblemAlert error={create.error} messages={mentorshipProblems} />
          <Button type="submit" disabled={create.isPending}>
            {t('mentorship.objectiveAdd')}
          </Button>
        </form>
      )}
    </Section>
  )
}
