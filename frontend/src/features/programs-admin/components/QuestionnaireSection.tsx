import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { Section } from '@/components/Section'
import { SelectField } from '@/components/SelectField'
import { TextAreaField } from '@/components/TextAreaField'
import { TextField } from '@/components/TextField'
import { useQuestionnaire, useReplaceQuestionnaire, type Question } from '../api/questionnaire'

const TYPES = ['single_choice', 'multiple_choice', 'scale', 'free_text'] as const
const AUDIENCES = ['both', 'mentor', 'mentee'] as const
const RULES = ['none', 'same', 'overlap', 'covers', 'numeric_distance'] as const
const KEY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/

type Problem = 'key' | 'label' | 'options' | 'scale' | 'weight'

function slug(text: string, index: number): string {
  const base = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
  return /^[a-z]/.test(base) ? base : `option_${index + 1}`
}

/** Builds a question from the editor's fields, or says which field is wrong. */
export function readQuestion(data: FormData, taken: string[]): Question | Problem {
  const get = (name: string) => String(data.get(name) ?? '').trim()
  const type = get('type') as (typeof TYPES)[number]
  const key = get('key')
  if (!KEY_PATTERN.test(key) || taken.includes(key)) return 'key'
  const label = { fr: get('label_fr'), en: get('label_en') }
  if (!label.fr || !label.en) return 'label'
  const audience = get('audience') as (typeof AUDIENCES)[number]
  const rule = get('rule') as (typeof RULES)[number]
  const weight = Number(get('weight') || '1')
  if (rule !== 'none' && (!Number.isFinite(weight) || weight < 0 || weight > 10)) return 'weight'
  const matching = rule === 'none' ? null : { rule, weight }
  const common = { key, audience, label, matching, required: true }
  if (type === 'free_text') return { ...common, type, max_length: 2000 }
  if (type === 'scale') {
    const min = Number.parseInt(get('min') || '1', 10)
    const max = Number.parseInt(get('max') || '5', 10)
    if (!(max > min)) return 'scale'
    return { ...common, type, min, max }
  }
  const lines = get('options')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const values = new Set<string>()
  const options = lines.map((line, index) => {
    const [fr = '', en] = line.split('|').map((part) => part.trim())
    let value = slug(fr, index)
    while (values.has(value)) value = `${value}_${index + 1}`
    values.add(value)
    return { value, label: { fr, en: en || fr } }
  })
  if (options.length < 2 || options.some((o) => !o.label.fr)) return 'options'
  return { ...common, type, options }
}

function AddQuestionForm({ questions, programId }: { questions: Question[]; programId: string }) {
  const { t } = useTranslation()
  const replace = useReplaceQuestionnaire(programId)
  const [type, setType] = useState<(typeof TYPES)[number]>('single_choice')
  const [problem, setProblem] = useState<Problem>()
  const q = 'programsAdmin.questionnaire'

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const question = readQuestion(
      new FormData(form),
      questions.map((existing) => existing.key),
    )
    if (typeof question === 'string') {
      setProblem(question)
      return
    }
    setProblem(undefined)
    replace.mutate([...questions, question], { onSuccess: () => form.reset() })
  }

  const error = (name: Problem) => (problem === name ? t(`${q}.validation.${name}`) : undefined)
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="add-question-title">
      <h3 id="add-question-title">{t(`${q}.addTitle`)}</h3>
      {replace.isSuccess && <Alert tone="success">{t(`${q}.saved`)}</Alert>}
      {replace.isError && <Alert tone="error">{replace.error.message || t(`${q}.errors.generic`)}</Alert>}
      <SelectField
        label={t(`${q}.type`)}
        name="type"
        value={type}
        onChange={(event) => setType(event.target.value as (typeof TYPES)[number])}
        options={TYPES.map((value) => ({ value, label: t(`${q}.types.${value}`) }))}
      />
      <TextField label={t(`${q}.key`)} hint={t(`${q}.keyHint`)} name="key" required error={error('key')} />
      <SelectField
        label={t(`${q}.audience`)}
        name="audience"
        defaultValue="both"
        options={AUDIENCES.map((value) => ({ value, label: t(`${q}.audiences.${value}`) }))}
      />
      <TextField label={t(`${q}.labelFr`)} name="label_fr" lang="fr" required error={error('label')} />
      <TextField label={t(`${q}.labelEn`)} name="label_en" lang="en" required />
      {(type === 'single_choice' || type === 'multiple_choice') && (
        <TextAreaField
          label={t(`${q}.options`)}
          hint={t(`${q}.optionsHint`)}
          name="options"
          rows={4}
          error={error('options')}
        />
      )}
      {type === 'scale' && (
        <div className="field-row">
          <TextField label={t(`${q}.min`)} name="min" type="number" defaultValue={1} />
          <TextField label={t(`${q}.max`)} name="max" type="number" defaultValue={5} error={error('scale')} />
        </div>
      )}
      <div className="field-row">
        <SelectField
          label={t(`${q}.rule`)}
          name="rule"
          defaultValue="none"
          options={RULES.map((value) => ({ value, label: t(`${q}.rules.${value}`) }))}
        />
        <TextField
          label={t(`${q}.weight`)}
          name="weight"
          type="number"
          min={0}
          max={10}
          step="0.5"
          defaultValue={1}
          error={error('weight')}
        />
      </div>
      <Button type="submit" disabled={replace.isPending}>
        {t(`${q}.add`)}
      </Button>
    </form>
  )
}

/** The matching questionnaire: the list of questions and a small editor to add or remove one. */
export function QuestionnaireSection({ programId }: { programId: string }) {
  const { t, i18n } = useTranslation()
  const questionnaire = useQuestionnaire(programId)
  const replace = useReplaceQuestionnaire(programId)
  const q = 'programsAdmin.questionnaire'
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  if (questionnaire.isPending) return <Loading />
  if (questionnaire.isError) return <Alert tone="error">{questionnaire.error.message}</Alert>
  const questions = questionnaire.data.questions
  return (
    <Section title={t(`${q}.title`)}>
      <p className="muted">{t(`${q}.notice`)}</p>
      {questions.length === 0 ? (
        <p className="empty-state">{t(`${q}.empty`)}</p>
      ) : (
        <ul className="question-list">
          {questions.map((question) => (
            <li key={question.key}>
              <div>
                <strong>{question.label[lang]}</strong>
                <br />
                <span className="muted">
                  {t(`${q}.questionSummary`, {
                    type: t(`${q}.types.${question.type ?? 'free_text'}`),
                    audience: t(`${q}.audiences.${question.audience}`),
                  })}
                  {question.matching &&
                    ` · ${t(`${q}.matchingSummary`, { rule: t(`${q}.rules.${question.matching.rule}`), weight: String(question.matching.weight) })}`}
                </span>
              </div>
              <Button
                variant="secondary"
                disabled={replace.isPending}
                onClick={() => replace.mutate(questions.filter((other) => other.key !== question.key))}
              >
                {t(`${q}.remove`, { key: question.key })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <AddQuestionForm questions={questions} programId={programId} />
    </Section>
  )
}
