import { useTranslation } from 'react-i18next'
import { SelectField } from '@/components/SelectField'
import { TextField } from '@/components/TextField'
import type { Program, ProgramCreate } from '../api/programs'

const RHYTHMS = ['weekly', 'biweekly', 'monthly', 'bimonthly', 'custom'] as const
const MODES = ['in_person', 'video', 'phone'] as const
const MATCHING_MODES = ['admin_review', 'mentee_choice'] as const

export type FieldError = 'name' | 'dates'

/** Reads the program form into the API's shape; empty fields become null (unset). */
export function readProgramForm(form: HTMLFormElement): { body: ProgramCreate } | { error: FieldError } {
  const data = new FormData(form)
  const text = (name: string) => {
    const value = String(data.get(name) ?? '').trim()
    return value === '' ? null : value
  }
  const int = (name: string) => {
    const value = text(name)
    return value === null ? null : Number.parseInt(value, 10)
  }
  const name = text('name')
  if (!name) return { error: 'name' }
  const startsOn = text('starts_on')
  const endsOn = text('ends_on')
  if (startsOn && endsOn && endsOn <= startsOn) return { error: 'dates' }
  const modes = data.getAll('allowed_modes').map(String) as ProgramCreate['allowed_modes']
  const rhythm = text('session_rhythm') as ProgramCreate['session_rhythm']
  return {
    body: {
      name,
      theme: text('theme'),
      description: text('description'),
      starts_on: startsOn,
      ends_on: endsOn,
      enrolment_opens_on: text('enrolment_opens_on'),
      enrolment_closes_on: text('enrolment_closes_on'),
      expected_sessions: int('expected_sessions'),
      session_length_minutes: int('session_length_minutes'),
      session_rhythm: rhythm,
      allowed_modes: modes && modes.length > 0 ? modes : null,
      mentor_capacity: int('mentor_capacity'),
      matching_mode: text('matching_mode') as ProgramCreate['matching_mode'],
      exclude_same_unit: data.get('exclude_same_unit') === 'on',
    },
  }
}

/** Name, theme, dates, format, capacity and matching mode: used to create and to edit a program. */
export function ProgramFields({ program, error }: { program?: Program; error?: FieldError }) {
  const { t } = useTranslation()
  const f = 'programsAdmin.form'
  const modes = program?.allowed_modes ?? ['in_person', 'video']
  return (
    <>
      <TextField
        label={t(`${f}.name`)}
        name="name"
        required
        maxLength={200}
        defaultValue={program?.name}
        error={error === 'name' ? t(`${f}.validation.name`) : undefined}
      />
      <TextField label={t(`${f}.theme`)} name="theme" maxLength={200} defaultValue={program?.theme ?? ''} />
      <div className="field-row">
        <TextField label={t(`${f}.startsOn`)} name="starts_on" type="date" defaultValue={program?.starts_on ?? ''} />
        <TextField
          label={t(`${f}.endsOn`)}
          name="ends_on"
          type="date"
          defaultValue={program?.ends_on ?? ''}
          error={error === 'dates' ? t(`${f}.validation.dates`) : undefined}
        />
      </div>
      <div className="field-row">
        <TextField
          label={t(`${f}.enrolmentOpensOn`)}
          name="enrolment_opens_on"
          type="date"
          defaultValue={program?.enrolment_opens_on ?? ''}
        />
        <TextField
          label={t(`${f}.enrolmentClosesOn`)}
          name="enrolment_closes_on"
          type="date"
          defaultValue={program?.enrolment_closes_on ?? ''}
        />
      </div>
      <div className="field-row">
        <TextField
          label={t(`${f}.expectedSessions`)}
          name="expected_sessions"
          type="number"
          min={1}
          max={200}
          defaultValue={program?.expected_sessions ?? ''}
        />
        <TextField
          label={t(`${f}.sessionLength`)}
          name="session_length_minutes"
          type="number"
          min={10}
          max={480}
          defaultValue={program?.session_length_minutes ?? ''}
        />
      </div>
      <SelectField
        label={t(`${f}.rhythm`)}
        name="session_rhythm"
        defaultValue={program?.session_rhythm ?? ''}
        options={[
          { value: '', label: t(`${f}.none`) },
          ...RHYTHMS.map((r) => ({ value: r, label: t(`${f}.rhythms.${r}`) })),
        ]}
      />
      <fieldset className="field">
        <legend>{t(`${f}.modes`)}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="check">
            <input type="checkbox" name="allowed_modes" value={mode} defaultChecked={modes.includes(mode)} />{' '}
            {t(`${f}.modeNames.${mode}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t(`${f}.capacity`)}
        name="mentor_capacity"
        type="number"
        min={1}
        max={50}
        defaultValue={program?.mentor_capacity ?? 2}
      />
      <SelectField
        label={t(`${f}.matchingMode`)}
        name="matching_mode"
        defaultValue={program?.matching_mode ?? 'admin_review'}
        options={MATCHING_MODES.map((m) => ({ value: m, label: t(`${f}.matchingModes.${m}`) }))}
      />
      <label className="check">
        <input type="checkbox" name="exclude_same_unit" defaultChecked={program?.exclude_same_unit ?? false} />{' '}
        {t(`${f}.excludeSameUnit`)}
      </label>
    </>
  )
}
