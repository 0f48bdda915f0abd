import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ErrorPage } from '@/components/ErrorPage'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { isProblemError } from '@/api/problem'
import { useDeleteEvent, useEvent, useUpdateEvent, type ProgramEvent } from '../api/events'
import { AttendanceSection } from './AttendanceSection'
import { EventFields, readEventForm, type EventFieldErrors } from './EventFields'
import { EventInviteSection } from './EventInviteSection'
import { useEventFieldErrors, useEventValidationMessages } from './ProgramEventsPage'
import { useEventProblemText } from './problemFields'
import '../admin.css'

function EditEvent({ programId, event }: { programId: string; event: ProgramEvent }) {
  const { t } = useTranslation()
  const update = useUpdateEvent(programId, event.id)
  const text = useEventProblemText()
  const messages = useEventValidationMessages()
  const [clientErrors, setClientErrors] = useState<EventFieldErrors>({})
  const errors = useEventFieldErrors(update.error, clientErrors)
  const e = 'programsAdmin.events'

  function onSubmit(submit: FormEvent<HTMLFormElement>) {
    submit.preventDefault()
    const read = readEventForm(submit.currentTarget, messages)
    if ('errors' in read) {
      update.reset()
      setClientErrors(read.errors)
      return
    }
    setClientErrors({})
    update.mutate(read.body)
  }

  return (
    <Section title={t(`${e}.edit.title`)}>
      {update.isSuccess && <Alert tone="success">{t(`${e}.edit.saved`)}</Alert>}
      {update.isError && <Alert tone="error">{text.alert(update.error)}</Alert>}
      <form noValidate onSubmit={onSubmit}>
        <EventFields event={event} errors={errors} />
        <Button type="submit" disabled={update.isPending}>
          {t(`${e}.edit.save`)}
        </Button>
      </form>
    </Section>
  )
}

function DeleteEvent({ programId, event }: { programId: string; event: ProgramEvent }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const remove = useDeleteEvent(programId, event.id)
  const text = useEventProblemText()
  const [asking, setAsking] = useState(false)
  const e = 'programsAdmin.events.remove'

  function cancel() {
    setAsking(false)
    requestAnimationFrame(() => document.getElementById('delete-event-ask')?.focus())
  }

  function confirm() {
    remove.mutate(undefined, {
      onSuccess: () => navigate(`/programs/${programId}/events`, { state: { deleted: event.title } }),
    })
  }

  return (
    <Section title={t(`${e}.title`)}>
      {remove.isError && <Alert tone="error">{text.alert(remove.error)}</Alert>}
      {asking ? (
        <div role="group" aria-labelledby="delete-event-question" className="confirm">
          <p id="delete-event-question">{t(`${e}.confirmText`, { title: event.title })}</p>
          <p className="actions">
            {/* Focus lands on the confirmation so a keyboard user hears the question first. */}
            <Button autoFocus onClick={confirm} disabled={remove.isPending}>
              {t(`${e}.confirm`)}
            </Button>{' '}
            <Button variant="secondary" onClick={cancel}>
              {t(`${e}.cancel`)}
            </Button>
          </p>
        </div>
      ) : (
        <Button id="delete-event-ask" variant="secondary" onClick={() => setAsking(true)}>
          {t(`${e}.ask`)}
        </Button>
      )}
    </Section>
  )
}

function EventSummary({ event }: { event: ProgramEvent }) {
  const { t, i18n } = useTranslation()
  const e = 'programsAdmin.events'
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' })
  return (
    <p className="event-summary">
      {format.formatRange(new Date(event.starts_at), new Date(event.ends_at))}
      <br />
      {t(`${e}.kinds.${event.kind as 'other'}`, { defaultValue: event.kind })}
      {' · '}
      {t(`${e}.modes.${event.mode as 'video'}`, { defaultValue: event.mode })}
      {event.location && ` · ${event.location}`}
    </p>
  )
}

/** One event: edit it, invite participants, record attendance, or delete it after confirmation. */
export function ProgramEventPage() {
  const { t } = useTranslation()
  const { programId = '', eventId = '' } = useParams()
  const event = useEvent(programId, eventId)
  const e = 'programsAdmin.events'
  if (event.isPending) return <Loading />
  if (event.isError) return <ErrorPage problem={isProblemError(event.error) ? event.error.problem : undefined} />
  return (
    <>
      <p>
        <Link to={`/programs/${programId}/events`}>{t(`${e}.backToList`)}</Link>
      </p>
      <PageTitle>{event.data.title}</PageTitle>
      <EventSummary event={event.data} />
      <EventInviteSection programId={programId} eventId={eventId} />
      <AttendanceSection programId={programId} event={event.data} />
      <EditEvent key={`${event.data.starts_at}${event.data.title}`} programId={programId} event={event.data} />
      <DeleteEvent programId={programId} event={event.data} />
    </>
  )
}
