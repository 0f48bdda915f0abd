import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import { formValues } from '@/lib/form'
import { useFeedback, useGiveFeedback, type FeedbackKind } from '../api/feedback'
import { mentorshipProblems } from '../problems'

const SCORES = [1, 2, 3, 4, 5] as const

/** Feedback both ways: ongoing while active, closing once the mentorship is complete. */
export function FeedbackSection({ mentorshipId, unlocked, status, canWrite }: { mentorshipId: string; unlocked: boolean; status: string; canWrite: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const list = useFeedback(mentorshipId, unlocked)
  const give = useGiveFeedback(mentorshipId)
  const bodyId = useId()
  const [formKey, setFormKey] = useState(0)
  const [sent, setSent] = useState(false)
  const kind: FeedbackKind = status === 'completed' ? 'closing' : 'ongoing'
  const closedAlready = kind === 'closing' && list.data?.some(({ feedback }) => feedback.mine && feedback.kind === 'closing')
  return (
    <Section title={t('mentorship.feedback.title')}>
      <p>{kind === 'closing' ? t('mentorship.feedback.explainClosing') : t('mentorship.feedback.explainOngoing')}</p>
      <ProblemAlert error={list.error} messages={mentorshipProblems} />
      {list.data && list.data.length === 0 && <p className="empty-state">{t('mentorship.feedback.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="feedback-list">
          {list.data.map(({ feedback, text }) => (
            <li key={feedback.id} data-testid="feedback">
              <p>
                <strong>{feedback.mine ? t('mentorship.feedback.mine') : t(`mentorship.feedback.from.${feedback.author_side}`)}</strong>
                {' · '}
                {t(`mentorship.feedback.kind.${feedback.kind}`)} · {format.date(feedback.created_at)}
              </p>
              {feedback.satisfaction_score !== null && (
                <p>
                  {t('mentorship.feedback.scoreShown', { score: String(feedback.satisfaction_score) })}{' '}
                  <meter min={1} max={5} value={feedback.satisfaction_score} aria-label={t('mentorship.feedback.scoreShown', { score: String(feedback.satisfaction_score) })} />
                </p>
              )}
              {text ? <p className="prewrap">{text.fields.body}</p> : unlocked ? null : <p className="muted">{t('mentorship.locked')}</p>}
            </li>
          ))}
        </ul>
      )}
      {canWrite && unlocked && !closedAlready && (
        <form
          key={formKey}
          className="subform"
          aria-label={t('mentorship.feedback.give')}
          onSubmit={(e: FormEvent<HTMLFormElement>) => {
            e.preventDefault()
            const { score = '', body = '' } = formValues(e.currentTarget)
            if (!score && !body.trim()) return
            setSent(false)
            give.mutate({ kind, score: score ? Number(score) : null, body }, { onSuccess: () => { setFormKey((k) => k + 1); setSent(true) } })
          }}
        >
          <fieldset className="score">
            <legend>{t('mentorship.feedback.score')}</legend>
            {SCORES.map((n) => (
              <label key={n}>
                <input type="radio" name="score" value={n} /> {n}
                <span className="visually-hidden"> {t(`mentorship.feedback.scoreWords.s${n}`)}</span>
              </label>
            ))}
          </fieldset>
          <p className="field-hint">{t('mentorship.feedback.scoreHint')}</p>
          <div className="field">
            <label htmlFor={bodyId}>{t('mentorship.feedback.body')}</label>
            <textarea id={bodyId} name="body" rows={4} />
            <p className="field-hint">{t('mentorship.feedback.bodyHint')}</p>
          </div>
          <ProblemAlert error={give.error} messages={mentorshipProblems} />
          <Button type="submit" disabled={give.isPending}>
            {give.isPending ? t('mentorship.encrypting') : t('mentorship.feedback.give')}
          </Button>
        </form>
      )}
      {sent && <Alert tone="success">{t('mentorship.feedback.sent')}</Alert>}
    </Section>
  )
}
