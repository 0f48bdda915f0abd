import type { ParseKeys } from 'i18next'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Loading } from '@/components/Loading'
import { useMyEvents } from '../api/events'

/** Known values get their translation; a value the API adds later shows as sent. */
function useKnown() {
  const { t, i18n } = useTranslation()
  return (key: string, fallback: string) => (i18n.exists(key) ? String(t(key as ParseKeys)) : fallback)
}

function useRange() {
  const { i18n } = useTranslation()
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' })
    return (start: string, end: string) => format.formatRange(new Date(start), new Date(end))
  }, [i18n.language])
}

/** The program events I am invited to: when, what, how, and whether I was there. */
export function MyEvents({ programId }: { programId: string }) {
  const { t } = useTranslation()
  const known = useKnown()
  const range = useRange()
  const events = useMyEvents(programId)
  if (events.isPending) return <Loading />
  if (events.isError) return <Alert tone="error">{events.error.message}</Alert>
  if (events.data.length === 0) return <p className="empty-state">{t('myPrograms.events.empty')}</p>
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('myPrograms.events.when')}</th>
          <th scope="col">{t('myPrograms.events.event')}</th>
          <th scope="col">{t('myPrograms.events.mode')}</th>
          <th scope="col">{t('myPrograms.events.attendance')}</th>
        </tr>
      </thead>
      <tbody>
        {events.data.map((event) => (
          <tr key={event.id}>
            <td>
              <time dateTime={event.starts_at}>{range(event.starts_at, event.ends_at)}</time>
            </td>
            <th scope="row">
              {event.title}
              <span className="muted">{` (${known(`myPrograms.events.kinds.${event.kind}`, event.kind)})`}</span>
              {event.description && <p className="field-hint">{event.description}</p>}
            </th>
            <td>
              {known(`myPrograms.events.modes.${event.mode}`, event.mode)}
              {event.location && <p className="field-hint">{event.location}</p>}
            </td>
            <td>
              {event.my_attendance
                ? t(`myPrograms.events.attendances.${event.my_attendance}`)
                : t('myPrograms.events.notRecorded')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
