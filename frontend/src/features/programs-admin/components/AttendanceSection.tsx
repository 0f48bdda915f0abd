import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import {
  ATTENDANCE_STATUSES,
  useAttendance,
  useRecordAttendance,
  type Attendance,
  type AttendanceEntry,
  type AttendanceStatus,
  type ProgramEvent,
} from '../api/events'
import { problemFields, useEventProblemText } from './problemFields'

type Draft = Record<string, AttendanceStatus | ''>

function AttendanceForm({ programId, event, rows }: { programId: string; event: ProgramEvent; rows: Attendance[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const record = useRecordAttendance(programId, event.id)
  const text = useEventProblemText()
  const [draft, setDraft] = useState<Draft>(() => Object.fromEntries(rows.map((r) => [r.person_id, r.status ?? ''])))
  const [sent, setSent] = useState<string[]>([])
  const [empty, setEmpty] = useState(false)
  // The clock is read once per form mount: a page left open past the start is refreshed by the API's 409.
  const [now] = useState(() => Date.now())
  const started = new Date(event.starts_at).getTime() <= now
  const fields = problemFields(record.error)
  const e = 'programsAdmin.events.attendance'

  function onSubmit(submit: FormEvent<HTMLFormElement>) {
    submit.preventDefault()
    const entries: AttendanceEntry[] = rows.flatMap((row) => {
      const status = draft[row.person_id]
      return status ? [{ person_id: row.person_id, status }] : []
    })
    if (entries.length === 0) {
      setEmpty(true)
      return
    }
    setEmpty(false)
    setSent(entries.map((entry) => entry.person_id))
    record.mutate(entries)
  }

  return (
    <form noValidate onSubmit={onSubmit}>
      {!started && <Alert tone="info">{t(`${e}.notStarted`, { date: format.date(event.starts_at) })}</Alert>}
      {record.isSuccess && <Alert tone="success">{t(`${e}.saved`)}</Alert>}
      {record.isError && <Alert tone="error">{text.alert(record.error)}</Alert>}
      {empty && <Alert tone="error">{t(`${e}.nothing`)}</Alert>}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t(`${e}.person`)}</th>
            <th scope="col">{t(`${e}.status`)}</th>
            <th scope="col">{t(`${e}.recordedAt`)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = `${row.given_name} ${row.family_name}`
            const index = sent.indexOf(row.person_id)
            const error = index < 0 ? undefined : text.field(fields[`entries.${index}.person_id`] ?? fields[`entries.${index}.status`])
            const id = `attendance-${row.person_id}`
            return (
              <tr key={row.person_id}>
                <th scope="row">{name}</th>
                <td>
                  <label htmlFor={id} className="visually-hidden">
                    {t(`${e}.statusOf`, { name })}
                  </label>
                  <select
                    id={id}
                    value={draft[row.person_id] ?? ''}
                    disabled={!started}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    onChange={(change) => setDraft({ ...draft, [row.person_id]: change.target.value as AttendanceStatus | '' })}
                  >
                    <option value="">{t(`${e}.notRecorded`)}</option>
                    {ATTENDANCE_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {t(`${e}.statuses.${status}`)}
                      </option>
                    ))}
                  </select>
                  {error && (
                    <p id={`${id}-error`} className="field-error">
                      {error}
                    </p>
                  )}
                </td>
                <td>{row.recorded_at ? format.date(row.recorded_at) : '—'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <Button type="submit" disabled={!started || record.isPending}>
        {t(`${e}.save`)}
      </Button>
    </form>
  )
}

/** Who was invited, and for each person whether they came: present, absent or excused. */
export function AttendanceSection({ programId, event }: { programId: string; event: ProgramEvent }) {
  const { t } = useTranslation()
  const attendance = useAttendance(programId, event.id)
  const e = 'programsAdmin.events.attendance'
  // Re-seed the form when the invited list changes (after an invitation), not on every save.
  const roster = attendance.data?.map((row) => row.person_id).join(',') ?? ''
  return (
    <Section title={t(`${e}.title`)}>
      {attendance.isPending && <Loading />}
      {attendance.isError && (
        <Alert tone="error">{t('programsAdmin.events.errors.generic', { detail: attendance.error.message })}</Alert>
      )}
      {attendance.data?.length === 0 && <p className="empty-state">{t(`${e}.empty`)}</p>}
      {attendance.data && attendance.data.length > 0 && (
        <AttendanceForm key={roster} programId={programId} event={event} rows={attendance.data} />
      )}
    </Section>
  )
}
