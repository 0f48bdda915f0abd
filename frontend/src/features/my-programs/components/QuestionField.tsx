import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Label, Question } from '../api/questionnaire'

type Props = {
  question: Question
  value: unknown
  error?: string
  disabled?: boolean
  onChange: (value: unknown) => void
}

/** Scales this wide or narrower are radio buttons; wider ones a number input. */
const MAX_SCALE_RADIOS = 11

function useLabel() {
  const { i18n } = useTranslation()
  return (label: Label) => (i18n.language.startsWith('en') ? label.en : label.fr)
}

/** A fieldset whose legend is the question; its hints and error are announced with it. */
function Group({ legend, hints, error, errorId, hintId, required, children }: {
  legend: string
  hints: string[]
  error?: string
  errorId: string
  hintId: string
  required: boolean
  children: ReactNode
}) {
  const { t } = useTranslation()
  const describedBy = [hints.length ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
  return (
    <fieldset className="question" aria-describedby={describedBy}>
      <legend>
        {legend}
        {required && <span className="muted">{` (${t('common.required')})`}</span>}
      </legend>
      {hints.length > 0 && (
        <p id={hintId} className="field-hint">
          {hints.join(' ')}
        </p>
      )}
      <div className="choices">{children}</div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}

/** One question rendered with the control its type calls for. */
export function QuestionField({ question, value, error, disabled, onChange }: Props) {
  const { t } = useTranslation()
  const label = useLabel()
  const id = useId()
  const name = `q-${question.key}`
  const required = question.required ?? true
  const hints = question.help ? [label(question.help)] : []
  const common = { legend: label(question.label), error, errorId: `${id}-error`, hintId: `${id}-hint`, required }

  if (question.type === 'single_choice') {
    const options = [
      ...question.options.map((o) => ({ value: o.value, text: label(o.label) })),
      ...(required ? [] : [{ value: '', text: t('myPrograms.questionnaire.noAnswer') }]),
    ]
    return (
      <Group {...common} hints={hints}>
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name={name}
              value={o.value}
              disabled={disabled}
              checked={(typeof value === 'string' ? value : '') === o.value}
              onChange={() => onChange(o.value === '' ? null : o.value)}
            />{' '}
            {o.text}
          </label>
        ))}
      </Group>
    )
  }

  if (question.type === 'multiple_choice') {
    const chosen = Array.isArray(value) ? (value as string[]) : []
    const max = question.max_choices
    const allHints = max ? [...hints, t('myPrograms.questionnaire.maxChoices', { count: max })] : hints
    return (
      <Group {...common} hints={allHints}>
        {question.options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              disabled={disabled}
              checked={chosen.includes(o.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? question.options.map((x) => x.value).filter((v) => v === o.value || chosen.includes(v))
                    : chosen.filter((v) => v !== o.value),
                )
              }
            />{' '}
            {label(o.label)}
          </label>
        ))}
      </Group>
    )
  }

  if (question.type === 'scale') {
    const ends =
      question.min_label && question.max_label
        ? [
            t('myPrograms.questionnaire.scaleHint', {
              min: String(question.min),
              max: String(question.max),
              minLabel: label(question.min_label),
              maxLabel: label(question.max_label),
            }),
          ]
        : []
    const steps = question.max - question.min + 1
    if (steps <= MAX_SCALE_RADIOS) {
      const values = Array.from({ length: steps }, (_, i) => question.min + i)
      return (
        <Group {...common} hints={[...hints, ...ends]}>
          <div className="scale">
            {values.map((v) => (
              <label key={v} className="choice">
                <input
                  type="radio"
                  name={name}
                  value={v}
                  disabled={disabled}
                  checked={value === v}
                  onChange={() => onChange(v)}
                />{' '}
                {String(v)}
              </label>
            ))}
          </div>
          {!required && (
            <label className="choice">
              <input type="radio" name={name} value="" disabled={disabled} checked={value == null} onChange={() => onChange(null)} />{' '}
              {t('myPrograms.questionnaire.noAnswer')}
            </label>
          )}
        </Group>
      )
    }
    return (
      <Group {...common} hints={[...hints, ...ends]}>
        <input
          type="number"
          className="scale-number"
          aria-label={label(question.label)}
          min={question.min}
          max={question.max}
          step={1}
          disabled={disabled}
          value={typeof value === 'number' ? value : ''}
          onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
        />
      </Group>
    )
  }

  const maxLength = question.max_length ?? 2000
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className="field question">
      <label htmlFor={id}>
        {label(question.label)}
        {required && <span className="muted">{` (${t('common.required')})`}</span>}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {[...hints, t('myPrograms.questionnaire.maxLength', { count: maxLength })].join(' ')}
      </p>
      <textarea
        id={id}
        name={name}
        rows={4}
        maxLength={maxLength}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
