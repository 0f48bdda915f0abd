import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ConfirmDialog } from '@/components/Dialog'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { useFormat } from '@/hooks/useFormat'
import { readerTimeZone, toLocalInput } from '@/lib/datetime'
import { formValues } from '@/lib/form'
import type { OpenedRecord } from '@/lib/vault-session'
import {
  useCancelSession,
  useRefreshSessions,
  useRescheduleSession,
  useScheduleSession,
  useSessionOutcome,
  useSessions,
  useWriteReport,
  useWritePreparation,
  type Absence,
  type MentoringSession,
  type SessionEntry,
  type SessionMode,
} from '../api/sessions'
import { mentorshipProblems } from '../problems'
import { MonthView } from './MonthView'

const MODES: SessionMode[] = ['in_person', 'video', 'phone']
const ABSENCES: Absence[] = ['mentor', 'mentee', 'both']
const TONE: Record<string, string> = { scheduled: 'badge-info', held: 'badge-success', missed: 'badge-warning', cancelled: 'badge-neutral' }

type SessionStatus = 'scheduled' | 'held' | 'missed' | 'cancelled'

/** When, how long, how: "jeudi 3 décembre 2026 à 14 h 00 · 1 h · En visio". */
function SessionHeading({ session, place }: { session: MentoringSession; place: OpenedRecord | null }) {
  const { t } = useTranslation()
  const format = useFormat()
  const status = session.status as SessionStatus
  const where = place?.fields.place ?? ''
  return (
    <>
    <h3 className="session-when" id={`session-${session.id}`} tabIndex={-1}>
      {format.dateTime(session.starts_at)}
      <span className="session-meta">
        {' · '}
        {format.duration(session.duration_minutes)} · {t(`mentorship.modes.${session.mode}`)}{' '}
        <span className={`badge ${TONE[status] ?? 'badge-neutral'}`}>{t(`mentorship.sessionStatus.${status}`)}</span>
      </span>
    </h3>
    {where && (
      <p className="session-place">
        {/^https?:\/\//i.test(where) ? (
          <>
            {t('mentorship.sessionLink')}{' '}
            <a href={where} target="_blank" rel="noopener noreferrer">
              {where}
            </a>
          </>
        ) : (
          <>
            {t('mentorship.sessionPlaceShown')} {where}
          </>
        )}
      </p>
    )}
    </>
  )
}

function ScheduleFields({ session, place, unlocked }: { session?: MentoringSession; place?: OpenedRecord | null; unlocked: boolean }) {
  const { t } = useTranslation()
  const modeId = useId()
  return (
    <>
      <TextField
        label={t('mentorship.sessionWhen')}
        hint={t('mentorship.sessionWhenHint', { zone: readerTimeZone() })}
        name="when"
        type="datetime-local"
        required
        defaultValue={session ? toLocalInput(session.starts_at) : undefined}
      />
      <TextField label={t('mentorship.sessionDuration')} name="duration" type="number" min={5} max={600} step={5} defaultValue={session?.duration_minutes ?? 60} />
      <div className="field">
        <label htmlFor={modeId}>{t('mentorship.sessionMode')}</label>
        <select id={modeId} name="mode" defaultValue={session?.mode ?? 'video'}>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(`mentorship.modes.${m}`)}
            </option>
          ))}
        </select>
      </div>
      {unlocked && (
        <TextField
          label={t('mentorship.sessionPlace')}
          hint={t('mentorship.sessionPlaceHint')}
          name="place"
          maxLength={500}
          defaultValue={place?.fields.place ?? ''}
        />
      )}
    </>
  )
}

function readSchedule(form: HTMLFormElement) {
  const { when = '', duration = '60', mode = 'video', place = '' } = formValues(form)
  return { starts_at: new Date(when).toISOString(), duration_minutes: Number(duration), mode: mode as SessionMode, place }
}

function Reschedule({ mentorshipId, session, place, unlocked }: { mentorshipId: string; session: MentoringSession; place: OpenedRecord | null; unlocked: boolean }) {
  const { t } = useTranslation()
  const reschedule = useRescheduleSession(mentorshipId)
  const refresh = useRefreshSessions(mentorshipId)
  const [open, setOpen] = useState(false)
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('mentorship.reschedule')}
      </Button>
    )
  return (
    <form
      className="subform"
      aria-label={t('mentorship.reschedule')}
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault()
        reschedule.mutate({ session, previousPlace: place, ...readSchedule(e.currentTarget) }, { onSuccess: () => setOpen(false) })
      }}
    >
      <ScheduleFields session={session} place={place} unlocked={unlocked} />
      <ProblemAlert error={reschedule.error} messages={mentorshipProblems} onReload={refresh} />
      <div className="actions">
        <Button type="submit" disabled={reschedule.isPending}>
          {t('mentorship.rescheduleSave')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('dialog.cancel')}
        </Button>
      </div>
    </form>
  )
}

function Outcome({ mentorshipId, session, place, unlocked }: { mentorshipId: string; session: MentoringSession; place: OpenedRecord | null; unlocked: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const outcome = useSessionOutcome(mentorshipId)
  const cancel = useCancelSession(mentorshipId)
  const refresh = useRefreshSessions(mentorshipId)
  const absenceId = useId()
  const [absence, setAbsence] = useState<Absence>('mentee')
  return (
    <div className="session-actions">
      <div className="actions">
        <Button variant="secondary" disabled={outcome.isPending} onClick={() => outcome.mutate({ session })}>
          {t('mentorship.markHeld')}
        </Button>
        <Reschedule mentorshipId={mentorshipId} session={session} place={place} unlocked={unlocked} />
        <ConfirmDialog
          triggerLabel={t('mentorship.cancelSession')}
          title={t('mentorship.cancelTitle', { when: format.dateTime(session.starts_at) })}
          confirmLabel={t('mentorship.cancelConfirm')}
          onConfirm={() => cancel.mutateAsync(session)}
          messages={mentorshipProblems}
        >
          <p>{t('mentorship.cancelExplain')}</p>
        </ConfirmDialog>
      </div>
      <div className="inline-field">
        <label htmlFor={absenceId}>{t('mentorship.absence')}</label>
        <select id={absenceId} value={absence} onChange={(e) => setAbsence(e.target.value as Absence)}>
          {ABSENCES.map((a) => (
            <option key={a} value={a}>
              {t(`mentorship.absences.${a}`)}
            </option>
          ))}
        </select>
        <Button variant="secondary" disabled={outcome.isPending} onClick={() => outcome.mutate({ session, absence })}>
          {t('mentorship.markMissed')}
        </Button>
      </div>
      <ProblemAlert error={outcome.error} messages={mentorshipProblems} onReload={refresh} />
    </div>
  )
}

/** The report: read it, and its author edits it (each save is a new version of the same record). */
function Report({ mentorshipId, session, report, unlocked, myId }: { mentorshipId: string; session: MentoringSession; report: OpenedRecord | null; unlocked: boolean; myId: string | null }) {
  const { t } = useTranslation()
  const format = useFormat()
  const write = useWriteReport(mentorshipId)
  const refresh = useRefreshSessions(mentorshipId)
  const bodyId = useId()
  const stepsId = useId()
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState(false)
  if (session.status !== 'held') return null
  if (!unlocked) return <p className="muted">{t('mentorship.locked')}</p>
  const mine = report === null || report.authorId === myId
  if (report && !editing)
    return (
      <div className="report" data-testid="session-report">
        <h4>
          {t('mentorship.reportTitle')}{' '}
          <span className="muted report-version">{t('mentorship.reportVersion', { version: String(report.recordVersion), date: format.dateTime(report.createdAt) })}</span>
        </h4>
        <p className="prewrap">{report.fields.body}</p>
        {report.fields.next_steps && (
          <>
            <h5>{t('mentorship.nextSteps')}</h5>
            <p className="prewrap">{report.fields.next_steps}</p>
          </>
        )}
        {saved && <Alert tone="success">{t('mentorship.reportSaved')}</Alert>}
        {mine && (
          <Button variant="secondary" onClick={() => { setSaved(false); setEditing(true) }}>
            {t('mentorship.reportEdit')}
          </Button>
        )}
      </div>
    )
  if (!mine) return null
  return (
    <form
      className="subform"
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault()
        const { body = '', next_steps: nextSteps = '' } = formValues(e.currentTarget)
        if (!body.trim()) return
        write.mutate({ sessionId: session.id, body, nextSteps, previous: report }, { onSuccess: () => { setEditing(false); setSaved(true) } })
      }}
    >
      <p className="field-hint">{t('mentorship.reportPrivacy')}</p>
      <div className="field">
        <label htmlFor={bodyId}>{t('mentorship.report')}</label>
        <textarea id={bodyId} name="body" rows={6} required defaultValue={report?.fields.body} />
      </div>
      <div className="field">
        <label htmlFor={stepsId}>{t('mentorship.nextStepsLabel')}</label>
        <textarea id={stepsId} name="next_steps" rows={3} defaultValue={report?.fields.next_steps} />
      </div>
      <ProblemAlert error={write.error} messages={mentorshipProblems} onReload={refresh} />
      <div className="actions">
        <Button type="submit" disabled={write.isPending}>
          {write.isPending ? t('mentorship.encrypting') : t('mentorship.reportSave')}
        </Button>
        {report && (
          <Button variant="secondary" onClick={() => setEditing(false)}>
            {t('dialog.cancel')}
          </Button>
        )}
      </div>
    </form>
  )
}

/** Before a séance: the mentee writes what they want to talk about; the mentor reads it. */
function Preparation({ mentorshipId, session, preparation, unlocked, mySide, canWrite }: { mentorshipId: string; session: MentoringSession; preparation: OpenedRecord | null; unlocked: boolean; mySide: 'mentor' | 'mentee'; canWrite: boolean }) {
  const { t } = useTranslation()
  const write = useWritePreparation(mentorshipId)
  const refresh = useRefreshSessions(mentorshipId)
  const bodyId = useId()
  const topicsId = useId()
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState(false)
  if (!unlocked) return null
  const mayWrite = canWrite && mySide === 'mentee' && session.status === 'scheduled'
  if (!preparation && !mayWrite) {
    return session.status === 'scheduled' ? <p className="muted">{t('mentorship.preparationNone')}</p> : null
  }
  if (preparation && !editing)
    return (
      <div className="preparation" data-testid="session-preparation">
        <h4>{t('mentorship.preparationTitle')}</h4>
        <p className="prewrap">{preparation.fields.body}</p>
        {preparation.fields.topics && (
          <>
            <h5>{t('mentorship.preparationTopics')}</h5>
            <p className="prewrap">{preparation.fields.topics}</p>
          </>
        )}
        {saved && <Alert tone="success">{t('mentorship.preparationSaved')}</Alert>}
        {mayWrite && (
          <Button variant="secondary" onClick={() => { setSaved(false); setEditing(true) }}>
            {t('mentorship.preparationEdit')}
          </Button>
        )}
      </div>
    )
  return (
    <form
      className="subform"
      aria-label={t('mentorship.preparationTitle')}
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault()
        const { body = '', topics = '' } = formValues(e.currentTarget)
        if (!body.trim()) return
        write.mutate({ sessionId: session.id, body, topics, previous: preparation }, { onSuccess: () => { setEditing(false); setSaved(true) } })
      }}
    >
      <h4>{t('mentorship.preparationTitle')}</h4>
      <p className="field-hint">{t('mentorship.preparationExplain')}</p>
      <div className="field">
        <label htmlFor={bodyId}>{t('mentorship.preparationBody')}</label>
        <textarea id={bodyId} name="body" rows={4} required defaultValue={preparation?.fields.body} />
      </div>
      <div className="field">
        <label htmlFor={topicsId}>{t('mentorship.preparationTopicsLabel')}</label>
        <textarea id={topicsId} name="topics" rows={2} defaultValue={preparation?.fields.topics} />
      </div>
      <ProblemAlert error={write.error} messages={mentorshipProblems} onReload={refresh} />
      <div className="actions">
        <Button type="submit" disabled={write.isPending}>
          {write.isPending ? t('mentorship.encrypting') : t('mentorship.preparationSave')}
        </Button>
        {preparation && (
          <Button variant="secondary" onClick={() => setEditing(false)}>
            {t('dialog.cancel')}
          </Button>
        )}
      </div>
    </form>
  )
}

function SessionItem(props: { mentorshipId: string; entry: SessionEntry; unlocked: boolean; myId: string | null; canWrite: boolean; mySide: 'mentor' | 'mentee' }) {
  const { session, report, place, preparation } = props.entry
  return (
    <li className="session card-inner" data-testid="session">
      <SessionHeading session={session} place={place} />
      <Preparation mentorshipId={props.mentorshipId} session={session} preparation={preparation} unlocked={props.unlocked} mySide={props.mySide} canWrite={props.canWrite} />
      {props.canWrite && session.status === 'scheduled' && <Outcome mentorshipId={props.mentorshipId} session={session} place={place} unlocked={props.unlocked} />}
      <Report mentorshipId={props.mentorshipId} session={session} report={report} unlocked={props.unlocked} myId={props.myId} />
    </li>
  )
}

/** Séances: schedule, move, cancel, mark held or missed, and the encrypted report. */
export function SessionsSection({ mentorshipId, unlocked, myId = null, canWrite = true, mySide }: { mentorshipId: string; unlocked: boolean; myId?: string | null; canWrite?: boolean; mySide: 'mentor' | 'mentee' }) {
  const { t } = useTranslation()
  const sessions = useSessions(mentorshipId, unlocked)
  const schedule = useScheduleSession(mentorshipId)
  const [formKey, setFormKey] = useState(0)
  const [scheduled, setScheduled] = useState(false)
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setScheduled(false)
    schedule.mutate(readSchedule(event.currentTarget), {
      onSuccess: () => {
        setFormKey((k) => k + 1)
        setScheduled(true)
      },
    })
  }
  return (
    <Section title={t('mentorship.sessionsTitle')}>
      <ProblemAlert error={sessions.error} messages={mentorshipProblems} />
      {sessions.data && sessions.data.length === 0 && <p className="empty-state">{t('mentorship.sessionsEmpty')}</p>}
      <div className="sessions-layout">
        <ul className="sessions">
          {sessions.data?.map((entry) => (
            <SessionItem key={entry.session.id} mentorshipId={mentorshipId} entry={entry} unlocked={unlocked} myId={myId} canWrite={canWrite} mySide={mySide} />
          ))}
        </ul>
        {sessions.data && sessions.data.length > 0 && <MonthView sessions={sessions.data.map((e) => e.session)} />}
      </div>
      {canWrite && (
        <form key={formKey} onSubmit={submit} className="subform" aria-labelledby={`schedule-${mentorshipId}`}>
          <h3 id={`schedule-${mentorshipId}`}>{t('mentorship.scheduleTitle')}</h3>
          <ScheduleFields unlocked={unlocked} />
          <ProblemAlert error={schedule.error} messages={mentorshipProblems} />
          <Button type="submit" disabled={schedule.isPending}>
            {t('mentorship.schedule')}
          </Button>
        </form>
      )}
      {scheduled && <Alert tone="success">{t('mentorship.scheduled')}</Alert>}
    </Section>
  )
}
