import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { SelectField } from '@/components/SelectField'
import { useQuestionnaire, useReplaceQuestionnaire, type Question } from '../api/questionnaire'
import { PROGRAM_PROBLEMS } from '../problems'
import { QuestionEditor } from './QuestionEditor'

const q = 'programsAdmin.questionnaire'

/** The questionnaire as a mentor or a mentee will see it (inputs inert). */
function Preview({ questions }: { questions: Question[] }) {
  const { t, i18n } = useTranslation()
  const [audience, setAudience] = useState<'mentee' | 'mentor'>('mentee')
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const shown = questions.filter((question) => question.audience === 'both' || question.audience === audience)
  return (
    <details className="preview">
      <summary>{t(`${q}.preview`)}</summary>
      <SelectField
        label={t(`${q}.previewAs`)}
        name="preview_audience"
        value={audience}
        onChange={(event) => setAudience(event.target.value as 'mentee' | 'mentor')}
        options={[
          { value: 'mentee', label: t(`${q}.audiences.mentee`) },
          { value: 'mentor', label: t(`${q}.audiences.mentor`) },
        ]}
      />
      {shown.length === 0 ? (
        <p className="empty-state">{t(`${q}.previewEmpty`)}</p>
      ) : (
        <fieldset disabled className="preview-form">
          <legend className="visually-hidden">{t(`${q}.preview`)}</legend>
          {shown.map((question, index) => {
            const id = `preview-${question.key}`
            return (
              <div key={question.key} className="field">
                <p id={id}>
                  <strong>
                    {index + 1}. {question.label[lang]}
                  </strong>
                </p>
                {'options' in question && (
                  <ul className="preview-options" aria-labelledby={id}>
                    {question.options.map((option) => (
                      <li key={option.value}>
                        <label>
                          <input type={question.type === 'multiple_choice' ? 'checkbox' : 'radio'} name={id} /> {option.label[lang]}
                        </label>
                      </li>
                    ))}
                  </ul>
                )}
                {question.type === 'scale' && 'min' in question && (
                  <p className="muted">{t(`${q}.previewScale`, { min: String(question.min), max: String(question.max) })}</p>
                )}
                {question.type === 'free_text' && <textarea aria-labelledby={id} rows={2} />}
              </div>
            )
          })}
        </fieldset>
      )}
    </details>
  )
}

/** The matching questionnaire: questions to add, edit, reorder or remove, and a preview as a participant. */
export function QuestionnaireSection({ programId }: { programId: string }) {
  const { t, i18n } = useTranslation()
  const questionnaire = useQuestionnaire(programId)
  const replace = useReplaceQuestionnaire(programId)
  const [editing, setEditing] = useState<string | null>(null)
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  if (questionnaire.isPending) return <Loading />
  if (questionnaire.isError) return <ProblemAlert error={questionnaire.error} messages={PROGRAM_PROBLEMS} />
  const questions = questionnaire.data.questions

  function move(index: number, by: -1 | 1) {
    const next = [...questions]
    const [item] = next.splice(index, 1)
    if (!item) return
    next.splice(index + by, 0, item)
    replace.mutate(next)
  }

  return (
    <Section title={t(`${q}.title`)}>
      <p className="muted">{t(`${q}.notice`)}</p>
      {replace.isSuccess && <Alert tone="success">{t(`${q}.saved`)}</Alert>}
      <ProblemAlert error={replace.error} messages={PROGRAM_PROBLEMS} />
      {questions.length === 0 ? (
        <p className="empty-state">{t(`${q}.empty`)}</p>
      ) : (
        <ol className="question-list">
          {questions.map((question, index) => {
            const label = question.label[lang]
            return (
              <li key={question.key}>
                {editing === question.key ? (
                  <QuestionEditor
                    questions={questions}
                    original={question}
                    pending={replace.isPending}
                    onSave={(changed) =>
                      replace.mutate(
                        questions.map((other) => (other.key === question.key ? changed : other)),
                        { onSuccess: () => setEditing(null) },
                      )
                    }
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <>
                    <div>
                      <strong>{label}</strong>
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
                    <span className="actions">
                      <Button variant="secondary" disabled={replace.isPending || index === 0} onClick={() => move(index, -1)} aria-label={t(`${q}.up`, { label })}>
                        ↑
                      </Button>
                      <Button variant="secondary" disabled={replace.isPending || index === questions.length - 1} onClick={() => move(index, 1)} aria-label={t(`${q}.down`, { label })}>
                        ↓
                      </Button>
                      <Button variant="secondary" onClick={() => setEditing(question.key)}>
                        {t(`${q}.edit`, { label })}
                      </Button>
                      <Button
                        variant="secondary"
                        disabled={replace.isPending}
                        onClick={() => replace.mutate(questions.filter((other) => other.key !== question.key))}
                      >
                        {t(`${q}.remove`, { label })}
                      </Button>
                    </span>
                  </>
                )}
              </li>
            )
          })}
        </ol>
      )}
      {questions.length > 0 && <Preview questions={questions} />}
      <QuestionEditor questions={questions} pending={replace.isPending} onSave={(question) => replace.mutate([...questions, question])} />
    </Section>
  )
}
