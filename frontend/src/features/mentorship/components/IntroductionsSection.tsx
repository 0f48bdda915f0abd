import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { useFormat } from '@/hooks/useFormat'
import { formValues } from '@/lib/form'
import { introductionText, useIntroductionStatus, useIntroductions, useProposeIntroduction } from '../api/introductions'
import { mentorshipProblems } from '../problems'

const TONE: Record<string, string> = { proposed: 'badge-info', accepted: 'badge-warning', done: 'badge-success' }

/** Mises en relation: the mentor proposes someone, the mentee accepts, then either marks it done. */
export function IntroductionsSection({ mentorshipId, unlocked, canWrite, mySide }: { mentorshipId: string; unlocked: boolean; canWrite: boolean; mySide: 'mentor' | 'mentee' }) {
  const { t } = useTranslation()
  const format = useFormat()
  const list = useIntroductions(mentorshipId, unlocked)
  const propose = useProposeIntroduction(mentorshipId)
  const status = useIntroductionStatus(mentorshipId)
  const whyId = useId()
  const [formKey, setFormKey] = useState(0)
  const [sent, setSent] = useState(false)
  return (
    <Section title={t('mentorship.intros.title')}>
      <p>{mySide === 'mentor' ? t('mentorship.intros.explainMentor') : t('mentorship.intros.explainMentee')}</p>
      <ProblemAlert error={list.error} messages={mentorshipProblems} />
      {list.data && list.data.length === 0 && <p className="empty-state">{t('mentorship.intros.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="intro-list">
          {list.data.map(({ intro, text }) => {
            const words = introductionText(text)
            const state = intro.status as 'proposed' | 'accepted' | 'done'
            return (
              <li key={intro.id} data-testid="introduction">
                <p>
                  <strong>{words?.who ?? t('mentorship.locked')}</strong>{' '}
                  <span className={`badge ${TONE[state] ?? 'badge-neutral'}`}>{t(`mentorship.intros.status.${state}`)}</span>
                </p>
                {words?.why && <p className="prewrap">{words.why}</p>}
                <p className="muted">{t('mentorship.intros.proposedOn', { date: format.date(intro.created_at) })}</p>
                {canWrite && state === 'proposed' && mySide === 'mentee' && (
                  <Button disabled={status.isPending} onClick={() => status.mutate({ intro, status: 'accepted' })}>
                    {t('mentorship.intros.accept')}
                  </Button>
                )}
                {canWrite && state === 'accepted' && (
                  <Button variant="secondary" disabled={status.isPending} onClick={() => status.mutate({ intro, status: 'done' })}>
                    {t('mentorship.intros.markDone')}
                  </Button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      <ProblemAlert error={status.error} messages={mentorshipProblems} onReload={() => void list.refetch()} />
      {canWrite && mySide === 'mentor' && unlocked && (
        <form
          key={formKey}
          className="subform"
          aria-label={t('mentorship.intros.propose')}
          onSubmit={(e: FormEvent<HTMLFormElement>) => {
            e.preventDefault()
            const { who = '', why = '' } = formValues(e.currentTarget)
            if (!who.trim()) return
            setSent(false)
            propose.mutate({ who: who.trim(), why: why.trim() }, { onSuccess: () => { setFormKey((k) => k + 1); setSent(true) } })
          }}
        >
          <TextField label={t('mentorship.intros.who')} hint={t('mentorship.intros.whoHint')} name="who" required maxLength={200} />
          <div className="field">
            <label htmlFor={whyId}>{t('mentorship.intros.why')}</label>
            <textarea id={whyId} name="why" rows={3} />
          </div>
          <ProblemAlert error={propose.error} messages={mentorshipProblems} />
          <Button type="submit" disabled={propose.isPending}>
            {propose.isPending ? t('mentorship.encrypting') : t('mentorship.intros.propose')}
          </Button>
        </form>
      )}
      {sent && <Alert tone="success">{t('mentorship.intros.sent')}</Alert>}
    </Section>
  )
}
