import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { useFormat } from '@/hooks/useFormat'
import { formValues } from '@/lib/form'
import { useScheduleSession, useSessionOutcome, useSessions, useWriteReport, type Absence, type MentoringSession, type SessionMode } from '../api/sessions'

const MODES: SessionMode[] = ['in_person', 'video', 'phone']
const ABSENCES: Absence[] = ['mentor', 'mentee', 'both']

function SessionItem({ mentorshipId, session, report, unlocked }: { mentorshipId: string; session: MentoringSession; report: string | null; unlocked: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const outcome = useSessionOutcome(mentorshipId)
  const write = useWriteReport(mentorshipId)
  const absenceId = useId()
  const reportId = useId()
  const [absence, setAbsence] = useState<Absence>('mentee')
  return (
    <li>
      <p>
        <strong>{format.date(new Date(session.starts_at))}</strong> — {t(`mentorship.modes.${session.mode}`)} —{' '}
        {t(`mentorship.sessionStatus.${session.status as 'scheduled'}`)}
      </p>
      {session.status === 'scheduled' && (
        <div>
          <Button variant="secondary" disabled={outcome.isPending} onClick={() => outcome.mutate({ session })}>
            {t('mentorship.markHeld')}
          </Button>{' '}
          <label htmlFor={absenceId}>{t('mentorship.absence')}</label>{' '}
          <select id={absenceId} value={absence} onChange={(e) => setAbsence(e.target.value as Absence)}>
            {ABSENCES.map((a) => (
              <option key={a} value={a}>
                {t(`mentorship.absences.${a}`)}
              </option>
            ))}
          </select>{' '}
          <Button variant="secondary" disabled={outcome.isPending} onClick={() => outcome.mutate({ session, absence })}>
            {t('mentorship.markMissed')}
          </Button>
        </div>
      )}
      {report !== null ? (
        <div>
          <p>
            <strong>{t('mentorship.reportTitle')}</strong>
          </p>
          <p>{report}</p>
        </div>
      ) : (
        session.status === 'held' &&
        unlocked && (
          <form
            onSubmit={(e: FormEvent<HTMLFormElement>) => {
              e.preventDefault()
              const { body = '' } = formValues(e.currentTarget)
              if (body.trim()) write.mutate({ sessionId: session.id, body })
            }}
          >
            <label htmlFor={reportId}>{t('mentorship.report')}</label>
            <textarea id={reportId} name="body" rows={4} />
            <Button type="submit" disabled={write.isPending}>
              {t('mentorship.reportSave')}
            </Button>
          </form>
        )
      )}
    </li>
  )
}

/** Séances: schedule, mark held or missed, encrypted report. */
export function SessionsSection({ mentorshipId, unlocked }: { mentorshipId: string; unlocked: boolean }) {
  const { t } = useTranslation()
  const sessions = useSessions(mentorshipId, unlocked)
  const schedule = useScheduleSession(mentorshipId)
  const modeId = useId()
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { when = '', duration = '60', mode = 'video' } = formValues(event.currentTarget)
    if (!when) return
    schedule.mutate({ starts_at: new Date(when).toISOString(), duration_minutes: Number(duration), mode: mode as SessionMode })
  }
  return (
    <Section title={t('mentorship.sessionsTitle')}>
      {sessions.data && sessions.data.length === 0 && <p className="empty-state">{t('mentorship.sessionsEmpty')}</p>}
      <ul>
        {sessions.data?.map(({ session, report }) => (
          <SessionItem key={session.id} mentorshipId={mentorshipId} session={session} report={report?.fields.body ?? null} unlocked={unlocked} />
        ))}
      </ul>
      <form onSubmit={submit}>
        <TextField label={t('mentorship.sessionWhen')} name="when" type="datetime-local" required />
        <TextField label={t('mentorship.sessionDuration')} name="duration" type="number" min={15} max={480} defaultValue={60} />
        <div className="field">
          <label htmlFor={modeId}>{t('mentorship.sessionMode')}</label>
          <select id={modeId} name="mode" defaultValue="video">
            {MODES.map((m) => (
              <option key={m} value={m}>
                {t(`mentorship.modes.${m}`)}
              </option>
            ))}
          </select>
        </div>
        {schedule.isError && <Alert tone="error">{t('mentorship.failed')}</Alert>}
        <Button type="submit" disabled={schedule.isPending}>
          {t('mentorship.schedule')}
        </Button>
      </form>
    </Section>
  )
}
