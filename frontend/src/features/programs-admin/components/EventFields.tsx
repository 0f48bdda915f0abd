import { useTranslation } from 'react-i18next'
import { SelectField } from '@/components/SelectField'
import { TextAreaField } from '@/components/TextAreaField'
import { TextField } from '@/components/TextField'
import { EVENT_KINDS, EVENT_MODES, type EventCreate, type ProgramEvent } from '../api/events'

export type EventFieldName = 'title' | 'kind' | 'mode' | 'starts_at' | 'ends_at' | 'location' | 'description'
export type EventFieldErrors = Partial<Record<EventFieldName, string>>

function pad(n: number) {
  return String(n).padStart(2, '0')
}

/** An ISO instant as a `datetime-local` value in the reader's time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** A `datetime-local` value (reader's time zone) as the aware ISO instant the API requires. */
export function fromLocalInput(value: string): string {
  return new Date(value).toISOString()
}

type Read = { body: EventCreate } | { errors: EventFieldErrors }

/** Reads the event form; only presence is checked here, the API judges the rest (date order, lengths). */
export function readEventForm(form: HTMLFormElement, messages: Record<'title' | 'startsAt' | 'endsAt', string>): Read {
  const data = new FormData(form)
  const text = (name: string) => {
    const value = String(data.get(name) ?? '').trim()
    return value === '' ? null : value
  }
  const title = text('title')
  const startsAt = text('starts_at')
  const endsAt = text('ends_at')
  const errors: EventFieldErrors = {}
  if (!title) errors.title = messages.title
  if (!startsAt) errors.starts_at = messages.startsAt
  if (!endsAt) errors.ends_at = messages.endsAt
  if (!title || !startsAt || !endsAt) return { errors }
  return {
    body: {
      title,
      kind: (text('kind') ?? 'other') as EventCreate['kind'],
      mode: (text('mode') ?? 'in_person') as EventCreate['mode'],
      starts_at: fromLocalInput(startsAt),
      ends_at: fromLocalInput(endsAt),
      location: text('location'),
      description: text('description'),
    },
  }
}

/** Title, type, format, times, place and description: used to create and to edit an event. */
export function EventFields({ event, errors }: { event?: ProgramEvent; errors: EventFieldErrors }) {
  const { t } = useTranslation()
  const e = 'programsAdmin.events'
  return (
    <>
      <TextField
        label={t(`${e}.fields.title`)}
        name="title"
        required
        maxLength={200}
        defaultValue={event?.title}
        error={errors.title}
      />
      <div className="field-row">
        <SelectField
          label={t(`${e}.fields.kind`)}
          name="kind"
          defaultValue={event?.kind ?? 'training'}
          options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`${e}.kinds.${kind}`) }))}
        />
        <SelectField
          label={t(`${e}.fields.mode`)}
          name="mode"
          defaultValue={event?.mode ?? 'in_person'}
          options={EVENT_MODES.map((mode) => ({ value: mode, label: t(`${e}.modes.${mode}`) }))}
        />
      </div>
      <div className="field-row">
        <TextField
          label={t(`${e}.fields.startsAt`)}
          name="starts_at"
          type="datetime-local"
          required
          defaultValue={event ? toLocalInput(event.starts_at) : undefined}
          error={errors.starts_at}
        />
        <TextField
          label={t(`${e}.fields.endsAt`)}
          name="ends_at"
          type="datetime-local"
          required
          defaultValue={event ? toLocalInput(event.ends_at) : undefined}
          error={errors.ends_at}
        />
      </div>
      <TextField
        label={t(`${e}.fields.location`)}
        name="location"
        maxLength={300}
        defaultValue={event?.location ?? undefined}
        error={errors.location}
      />
      <TextAreaField
        label={t(`${e}.fields.description`)}
        name="description"
        rows={3}
        maxLength={10000}
        defaultValue={event?.description ?? undefined}
        error={errors.description}
      />
    </>
  )
}
