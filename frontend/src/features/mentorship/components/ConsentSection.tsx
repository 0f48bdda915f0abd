import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ConfirmDialog } from '@/components/Dialog'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import { formValues } from '@/lib/form'
import { useAnswerConsent, useAskConsent, useConsents, type ConsentRequest } from '../api/consent'
import { mentorshipProblems } from '../problems'

function Answer({ mentorshipId, item }: { mentorshipId: string; item: ConsentRequest }) {
  const { t } = useTranslation()
  const answer = useAnswerConsent(mentorshipId)
  return (
    <>
      <div className="actions">
        <Button disabled={answer.isPending} onClick={() => answer.mutate({ requestId: item.request.recordId, consent: true })}>
          {t('mentorship.consent.yes')}
        </Button>
        <ConfirmDialog
          triggerLabel={t('mentorship.consent.no')}
          title={t('mentorship.consent.noTitle')}
          confirmLabel={t('mentorship.consent.noConfirm')}
          messages={mentorshipProblems}
          onConfirm={() => answer.mutateAsync({ requestId: item.request.recordId, consent: false })}
        >
          <p>{t('mentorship.consent.noExplain')}</p>
        </ConfirmDialog>
      </div>
      <ProblemAlert error={answer.error} messages={mentorshipProblems} />
    </>
  )
}

/** Before a conversation enters private life, the mentor asks and the mentee answers, on record. */
export function ConsentSection({ mentorshipId, unlocked, canWrite, mySide }: { mentorshipId: string; unlocked: boolean; canWrite: boolean; mySide: 'mentor' | 'mentee' }) {
  const { t } = useTranslation()
  const format = useFormat()
  const consents = useConsents(mentorshipId, unlocked)
  const ask = useAskConsent(mentorshipId)
  const topicId = useId()
  const [formKey, setFormKey] = useState(0)
  const [asked, setAsked] = useState(false)
  if (!unlocked) return null
  return (
    <Section title={t('mentorship.consent.title')}>
      <p>{mySide === 'mentor' ? t('mentorship.consent.explainMentor') : t('mentorship.consent.explainMentee')}</p>
      <p className="field-hint">{t('mentorship.consent.privacy')}</p>
      <ProblemAlert error={consents.error} messages={mentorshipProblems} />
      {consents.data && consents.data.length > 0 && (
        <ul className="consent-list">
          {consents.data.map((item) => (
            <li key={item.request.recordId} data-testid="consent-request">
              <p>
                {t('mentorship.consent.asked', { date: format.dateTime(item.request.createdAt) })} <strong>{item.topic}</strong>
              </p>
              {item.answer ? (
                <p>
                  <span className={`badge ${item.answer.consent ? 'badge-success' : 'badge-neutral'}`}>
                    {item.answer.consent ? t('mentorship.consent.given') : t('mentorship.consent.refused')}
                  </span>{' '}
                  {t('mentorship.consent.answeredOn', { date: format.dateTime(item.answer.record.createdAt) })}
                </p>
              ) : mySide === 'mentee' && canWrite ? (
                <Answer mentorshipId={mentorshipId} item={item} />
              ) : (
                <p className="muted">{t('mentorship.consent.waiting')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {mySide === 'mentor' && canWrite && (
        <form
          key={formKey}
          className="subform"
          aria-label={t('mentorship.consent.ask')}
          onSubmit={(e: FormEvent<HTMLFormElement>) => {
            e.preventDefault()
            const { topic = '' } = formValues(e.currentTarget)
            if (!topic.trim()) return
            setAsked(false)
            ask.mutate(topic.trim(), { onSuccess: () => { setFormKey((k) => k + 1); setAsked(true) } })
          }}
        >
          <div className="field">
            <label htmlFor={topicId}>{t('mentorship.consent.topic')}</label>
            <input id={topicId} name="topic" required maxLength={300} />
            <p className="field-hint">{t('mentorship.consent.topicHint')}</p>
          </div>
          <ProblemAlert error={ask.error} messages={mentorshipProblems} />
          <Button type="submit" disabled={ask.isPending}>
            {t('mentorship.consent.ask')}
          </Button>
        </form>
      )}
      {asked && <Alert tone="success">{t('mentorship.consent.sent')}</Alert>}
    </Section>
  )
}
