import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isProblemError } from '@/api/problem'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { useUpdateAnswers, type Answers, type MyParticipation, type Question } from '../api/questionnaire'
import { QuestionField } from './QuestionField'

type Props = { programId: string; questions: Question[]; participation: MyParticipation }

/** States in which the API still accepts new answers. */
const EDITABLE_STATES = ['applied', 'eligible']

/** The keys of the answers a 422 problem refuses (loc = body.answers.<key>). */
function refusedKeys(error: unknown): Set<string> {
  if (!isProblemError(error)) return new Set()
  return new Set(
    (error.problem.errors ?? [])
      .filter((e) => e.loc[0] === 'body' && e.loc[1] === 'answers' && typeof e.loc[2] === 'string')
      .map((e) => String(e.loc[2])),
  )
}

function useErrorText() {
  const { t } = useTranslation()
  return (q: Question): string => {
    switch (q.type) {
      case 'single_choice':
        return t('myPrograms.questionnaire.errors.single_choice')
      case 'multiple_choice':
        return q.max_choices
          ? t('myPrograms.questionnaire.errors.multiple_choice', { count: q.max_choices })
          : t('myPrograms.questionnaire.errors.multiple_choice_any')
      case 'scale':
        return t('myPrograms.questionnaire.errors.scale', { min: String(q.min), max: String(q.max) })
      default:
        return t('myPrograms.questionnaire.errors.free_text', { count: q.max_length ?? 2000 })
    }
  }
}

/** Checks what the browser can before sending: the API checks everything again. */
function localErrors(questions: Question[], answers: Answers): Set<string> {
  const keys = new Set<string>()
  for (const q of questions) {
    const value = answers[q.key]
    if (q.type === 'multiple_choice' && q.max_choices && Array.isArray(value) && value.length > q.max_choices) keys.add(q.key)
    if (q.type === 'scale' && typeof value === 'number' && (!Number.isInteger(value) || value < q.min || value > q.max)) {
      keys.add(q.key)
    }
  }
  return keys
}

/** The questionnaire of my role, prefilled with my saved answers; saving replaces them all. */
export function QuestionnaireForm({ programId, questions, participation }: Props) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const save = useUpdateAnswers(programId)
  const [answers, setAnswers] = useState<Answers>(() => ({ ...participation.answers }))
  const [invalid, setInvalid] = useState<Set<string>>(new Set())
  const editable = EDITABLE_STATES.includes(participation.state)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const local = localErrors(questions, answers)
    setInvalid(local)
    if (local.size > 0) return
    const body = Object.fromEntries(questions.map((q) => [q.key, answers[q.key] ?? null]))
    save.mutate(body, { onError: (error) => setInvalid(refusedKeys(error)) })
  }

  if (questions.length === 0) return <p className="empty-state">{t('myPrograms.questionnaire.empty')}</p>
  const problemWithoutFields = save.isError && refusedKeys(save.error).size === 0
  return (
    <form noValidate onSubmit={onSubmit} className="questionnaire">
      <p className="field-hint">{t('myPrograms.answersNotice')}</p>
      {!editable && <Alert tone="info">{t('myPrograms.questionnaire.locked')}</Alert>}
      {invalid.size > 0 && <Alert tone="error">{t('myPrograms.questionnaire.invalid')}</Alert>}
      {problemWithoutFields && (
        <Alert tone="error">
          {isProblemError(save.error) && save.error.code === 'answers_locked'
            ? t('myPrograms.questionnaire.locked')
            : t('myPrograms.questionnaire.failed')}
        </Alert>
      )}
      {save.isSuccess && invalid.size === 0 && (
        <Alert tone="success">
          {t('myPrograms.questionnaire.saved')}{' '}
          {save.data.answers_complete ? t('myPrograms.questionnaire.complete') : t('myPrograms.questionnaire.incomplete')}
        </Alert>
      )}
      {questions.map((q) => (
        <QuestionField
          key={q.key}
          question={q}
          value={answers[q.key]}
          disabled={!editable}
          error={invalid.has(q.key) ? errorText(q) : undefined}
          onChange={(value) => {
            save.reset()
            setAnswers((current) => ({ ...current, [q.key]: value }))
          }}
        />
      ))}
      {editable && (
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('myPrograms.questionnaire.saving') : t('myPrograms.questionnaire.save')}
        </Button>
      )}
    </form>
  )
}
