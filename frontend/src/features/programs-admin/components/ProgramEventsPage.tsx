import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useParams } from 'react-router'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ErrorPage } from '@/components/ErrorPage'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { isProblemError } from '@/api/problem'
import { useCreateEvent, useEvents } from '../api/events'
import { useProgram } from '../api/programs'
import { EventFields, readEventForm, type EventFieldErrors, type EventFieldName } from './EventFields'
import { problemFields, useEventProblemText } from './problemFields'
import '../admin.css'

const FIELDS: EventFieldName[] = ['title', 'kind', 'mode', 'starts_at', 'ends_at', 'location', 'description']

/** Client checks first; otherwise what the API said about each field (problem+json `errors`). */
export function useEventFieldErrors(error: Error | null, client: EventFieldErrors): EventFieldErrors {
  const text = useEventProblemText()
  const server = problemFields(error)
  const merged: EventFieldErrors = {}
  for (const name of FIELDS) {
    const message = client[name] ?? text.field(server[name])
    if (message) merged[name] = message
  }
  return merged
}

export function useEventValidationMessages() {
  const { t } = useTranslation()
  const v = 'programsAdmin.events.validation'
  return { title: t(`${v}.title`), startsAt: t(`${v}.startsAt`), endsAt: t(`${v}.endsAt`) }
}

function EventList({ programId }: { programId: string }) {
  const { t, i18n } = useTranslation()
  const events = useEvents(programId)
  const e = 'programsAdmin.events'
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <Section title={t(`${e}.listTitle`)}>
      {events.isPending && <Loading />}
      {events.isError && <Alert tone="error">{t(`${e}.errors.generic`, { detail: events.error.message })}</Alert>}
      {events.data?.length === 0 && <p className="empty-state">{t(`${e}.empty`)}</p>}
      {events.data && events.data.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t(`${e}.what`)}</th>
              <th scope="col">{t(`${e}.when`)}</th>
              <th scope="col">{t(`${e}.kindColumn`)}</th>
            </tr>
          </thead>
          <tbody>
            {events.data.map((event) => (
              <tr key={event.id}>
                <td>
                  <Link to={event.id}>{event.title}</Link>
                </td>
                <td>{format.formatRange(new Date(event.starts_at), new Date(event.ends_at))}</td>
                <td>
                  {t(`${e}.kinds.${event.kind as 'other'}`, { defaultValue: event.kind })}
                  {' · '}
                  {t(`${e}.modes.${event.mode as 'video'}`, { defaultValue: event.mode })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  )
}

function CreateEvent({ programId }: { programId: string }) {
  const { t } = useTranslation()
  const create = useCreateEvent(programId)
  const text = useEventProblemText()
  const messages = useEventValidationMessages()
  const [clientErrors, setClientErrors] = useState<EventFieldErrors>({})
  const [formKey, setFormKey] = useState(0)
  const errors = useEventFieldErrors(create.error, clientErrors)
  const e = 'programsAdmin.events'

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const read = readEventForm(event.currentTarget, messages)
    if ('errors' in read) {
      create.reset()
      setClientErrors(read.errors)
      return
    }
    setClientErrors({})
    create.mutate(read.body, { onSuccess: () => setFormKey((k) => k + 1) })
  }

  return (
    <Section title={t(`${e}.createTitle`)}>
      {create.isSuccess && <Alert tone="success">{t(`${e}.created`)}</Alert>}
      {create.isError && <Alert tone="error">{text.alert(create.error)}</Alert>}
      <form noValidate onSubmit={onSubmit} key={formKey}>
        <EventFields errors={errors} />
        <Button type="submit" disabled={create.isPending}>
          {t(`${e}.create`)}
        </Button>
      </form>
    </Section>
  )
}

/** A program's events: the planned list and a form to plan one more. */
export function ProgramEventsPage() {
  const { t } = useTranslation()
  const { programId = '' } = useParams()
  const { state } = useLocation() as { state: { deleted?: string } | null }
  const program = useProgram(programId)
  const e = 'programsAdmin.events'
  if (program.isPending) return <Loading />
  if (program.isError) return <ErrorPage problem={isProblemError(program.error) ? program.error.problem : undefined} />
  return (
    <>
      <p>
        <Link to={`/programs/${programId}`}>{t(`${e}.back`)}</Link>
      </p>
      <PageTitle>{t(`${e}.title`, { program: program.data.name })}</PageTitle>
      <p>{t(`${e}.intro`)}</p>
      {state?.deleted && <Alert tone="success">{t(`${e}.remove.done`, { title: state.deleted })}</Alert>}
      <EventList programId={programId} />
      <CreateEvent programId={programId} />
    </>
  )
}
