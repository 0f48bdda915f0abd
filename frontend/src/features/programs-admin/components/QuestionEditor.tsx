import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/Button'
import { SelectField } from '@/components/SelectField'
import { TextAreaField } from '@/components/TextAreaField'
import { TextField } from '@/components/TextField'
import type { Question } from '../api/questionnaire'

export const TYPES = ['single_choice', 'multiple_choice', 'scale', 'free_text'] as const
const AUDIENCES = ['both', 'mentor', 'mentee'] as const
const RULES = ['none', 'same', 'overlap', 'covers', 'numeric_distance'] as const

type Type = (typeof TYPES)[number]
type Problem = 'label' | 'options' | 'scale' | 'weight'

/** "Vos objectifs" → "vos_objectifs": the identifier people never have to type. */
export function slug(text: string, fallback: string): string {
  const base = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
  return /^[a-z]/.test(base) ? base : fallback
}

function unique(base: string, taken: Set<string>): string {
  let value = base
  for (let n = 2; taken.has(value); n += 1) value = `${base}_${n}`
  return value
}

type Draft = {
  type: Type
  audience: (typeof AUDIENCES)[number]
  labelFr: string
  labelEn: string
  options: string
  min: string
  max: string
  rule: (typeof RULES)[number]
  weight: string
}

function draftOf(question?: Question): Draft {
  if (!question) return { type: 'single_choice', audience: 'both', labelFr: '', labelEn: '', options: '', min: '1', max: '5', rule: 'none', weight: '1' }
  const options = 'options' in question ? question.options.map((o) => (o.label.en && o.label.en !== o.label.fr ? `${o.label.fr} | ${o.label.en}` : o.label.fr)).join('\n') : ''
  return {
    type: (question.type ?? 'free_text') as Type,
    audience: question.audience,
    labelFr: question.label.fr,
    labelEn: question.label.en === question.label.fr ? '' : question.label.en,
    options,
    min: 'min' in question ? String(question.min) : '1',
    max: 'max' in question ? String(question.max) : '5',
    rule: (question.matching?.rule ?? 'none') as Draft['rule'],
    weight: String(question.matching?.weight ?? 1),
  }
}

/**
 * Builds a question from the editor, or says which field is wrong. The identifier comes from
 * the French label (kept when editing: answers are stored under it); the English label is
 * optional and falls back to the French one; existing choices keep their stored value.
 */
export function buildQuestion(draft: Draft, taken: string[], original?: Question): Question | Problem {
  const labelFr = draft.labelFr.trim()
  if (!labelFr) return 'label'
  const label = { fr: labelFr, en: draft.labelEn.trim() || labelFr }
  const weight = Number(draft.weight.replace(',', '.') || '1')
  if (draft.rule !== 'none' && (!Number.isFinite(weight) || weight < 0 || weight > 10)) return 'weight'
  const matching = draft.rule === 'none' ? null : { rule: draft.rule, weight }
  const key = original?.key ?? unique(slug(labelFr, 'question'), new Set(taken))
  const common = { key, audience: draft.audience, label, matching, required: original?.required ?? true }
  if (draft.type === 'free_text') return { ...common, type: 'free_text', max_length: 2000 }
  if (draft.type === 'scale') {
    const min = Number.parseInt(draft.min || '1', 10)
    const max = Number.parseInt(draft.max || '5', 10)
    if (!(max > min)) return 'scale'
    return { ...common, type: 'scale', min, max }
  }
  const previous = new Map(original && 'options' in original ? original.options.map((o) => [o.label.fr, o.value]) : [])
  const values = new Set<string>()
  const options = draft.options
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => {
      const [fr = '', en] = line.split('|').map((part) => part.trim())
      const value = previous.get(fr) ?? unique(slug(fr, `choix_${index + 1}`), values)
      values.add(value)
      return { value, label: { fr, en: en || fr } }
    })
  if (options.length < 2 || options.some((o) => !o.label.fr)) return 'options'
  return { ...common, type: draft.type, options }
}

type Props = {
  questions: Question[]
  original?: Question
  pending: boolean
  onSave: (question: Question) => void
  onCancel?: () => void
}

/** One question's editor, to add a question or change one; the choices survive a change of type. */
export function QuestionEditor({ questions, original, pending, onSave, onCancel }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<Draft>(() => draftOf(original))
  const [problem, setProblem] = useState<Problem>()
  const q = 'programsAdmin.questionnaire'
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }))
  const taken = questions.filter((other) => other.key !== original?.key).map((other) => other.key)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const question = buildQuestion(draft, taken, original)
    if (typeof question === 'string') {
      setProblem(question)
      return
    }
    setProblem(undefined)
    onSave(question)
    if (!original) setDraft(draftOf())
  }

  const error = (name: Problem) => (problem === name ? t(`${q}.validation.${name}`) : undefined)
  const titleId = original ? `edit-question-${original.key}` : 'add-question-title'
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby={titleId} className="question-editor">
      <h3 id={titleId}>{original ? t(`${q}.editTitle`, { label: original.label.fr }) : t(`${q}.addTitle`)}</h3>
      <SelectField
        label={t(`${q}.type`)}
        name="type"
        value={draft.type}
        onChange={(event) => set({ type: event.target.value as Type })}
        options={TYPES.map((value) => ({ value, label: t(`${q}.types.${value}`) }))}
      />
      <SelectField
        label={t(`${q}.audience`)}
        name="audience"
        value={draft.audience}
        onChange={(event) => set({ audience: event.target.value as Draft['audience'] })}
        options={AUDIENCES.map((value) => ({ value, label: t(`${q}.audiences.${value}`) }))}
      />
      <TextField label={t(`${q}.labelFr`)} name="label_fr" lang="fr" required value={draft.labelFr} onChange={(event) => set({ labelFr: event.target.value })} error={error('label')} />
      <TextField label={t(`${q}.labelEn`)} hint={t(`${q}.labelEnHint`)} name="label_en" lang="en" value={draft.labelEn} onChange={(event) => set({ labelEn: event.target.value })} />
      {(draft.type === 'single_choice' || draft.type === 'multiple_choice') && (
        <TextAreaField label={t(`${q}.options`)} hint={t(`${q}.optionsHint`)} name="options" rows={4} value={draft.options} onChange={(event) => set({ options: event.target.value })} error={error('options')} />
      )}
      {draft.type === 'scale' && (
        <div className="field-row">
          <TextField label={t(`${q}.min`)} name="min" type="number" value={draft.min} onChange={(event) => set({ min: event.target.value })} />
          <TextField label={t(`${q}.max`)} name="max" type="number" value={draft.max} onChange={(event) => set({ max: event.target.value })} error={error('scale')} />
        </div>
      )}
      <div className="field-row">
        <SelectField
          label={t(`${q}.rule`)}
          name="rule"
          value={draft.rule}
          onChange={(event) => set({ rule: event.target.value as Draft['rule'] })}
          options={RULES.map((value) => ({ value, label: t(`${q}.rules.${value}`) }))}
        />
        <TextField label={t(`${q}.weight`)} name="weight" type="number" min={0} max={10} step="0.5" value={draft.weight} onChange={(event) => set({ weight: event.target.value })} error={error('weight')} />
      </div>
      <p className="actions">
        <Button type="submit" disabled={pending}>
          {original ? t(`${q}.saveEdit`) : t(`${q}.add`)}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t(`${q}.cancelEdit`)}
          </Button>
        )}
      </p>
    </form>
  )
}
