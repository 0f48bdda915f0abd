import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { formValues } from '@/lib/form'
import { useCreateObjective, useObjectives, useUpdateObjectiveStatus, type ObjectiveStatus } from '../api/objectives'

const NEXT: Record<ObjectiveStatus, ObjectiveStatus[]> = {
  defined: ['in_progress', 'achieved', 'abandoned'],
  in_progress: ['achieved', 'abandoned'],
  achieved: [],
  abandoned: [],
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
      {objectives.isError && <Alert tone="error">{t('mentorship.failed')}</Alert>}
      {objectives.data && objectives.data.length === 0 && <p className="empty-state">{t('mentorship.objectivesEmpty')}</p>}
      <ul className="objectives">
        {objectives.data?.map(({ objective, wording }) => (
          <li key={objective.id} data-testid="objective">
            <p>
              <strong>{unlocked ? (wording?.fields.title ?? t('mentorship.noWording')) : t('mentorship.locked')}</strong>
              {' — '}
              {t(`mentorship.objectiveStatus.${objective.status}`)}
            </p>
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
          {create.isError && <Alert tone="error">{t('mentorship.failed')}</Alert>}
          <Button type="submit" disabled={create.isPending}>
            {t('mentorship.objectiveAdd')}
          </Button>
        </form>
      )}
    </Section>
  )
}
