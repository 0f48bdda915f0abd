import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { isProblemError } from '@/api/problem'
import { ATTRIBUTES, useSettings, useUpdateSettings, type AttributeWeight, type MatchingSettings } from '../api/review'
import { MATCHING_PROBLEMS } from '../problems'

type Errors = Partial<Record<string, string>>

/**
 * The server's field errors in words: a problem's `errors` carry a pydantic type and a
 * path such as `attributes.2.min_gap`; each becomes a sentence next to its field.
 */
function serverErrors(error: unknown, sent: string[], t: (key: string, options?: Record<string, unknown>) => string): Errors {
  if (!isProblemError(error)) return {}
  const out: Errors = {}
  for (const item of error.problem.errors ?? []) {
    const path = item.loc[0] === 'body' ? item.loc.slice(1) : item.loc
    let field = String(path[0] ?? '')
    if (field === 'attributes' && typeof path[1] === 'number') {
      const attribute = sent[path[1]]
      const part = String(path[2] ?? (attribute === 'seniority' ? 'min_gap' : 'weight'))
      field = part === 'min_gap' ? 'min_gap' : `weight_${attribute}`
    }
    const s = 'matchingReview.settings.errors'
    out[field] ??=
      item.type === 'less_than_equal' ? t(`${s}.tooLarge`) : item.type === 'greater_than_equal' ? t(`${s}.tooSmall`) : field === 'min_gap' ? t(`${s}.minGap`) : t(`${s}.number`)
  }
  return out
}

function SettingsForm({ programId, settings }: { programId: string; settings: MatchingSettings }) {
  const { t } = useTranslation()
  const update = useUpdateSettings(programId)
  const [sent, setSent] = useState<AttributeWeight['attribute'][]>([])
  const s = 'matchingReview.settings'
  const current = Object.fromEntries(settings.attributes.map((a) => [a.attribute, a]))
  const [local, setLocal] = useState<Errors>({})
  const fields: Errors = { ...serverErrors(update.error, sent, t as never), ...local }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const number = (name: string) => {
      const value = String(data.get(name) ?? '').trim()
      return value === '' ? null : Number(value.replace(',', '.'))
    }
    const errors: Errors = {}
    const e = `${s}.errors`
    const attributes: AttributeWeight[] = ATTRIBUTES.flatMap((attribute) => {
      const weight = number(`weight_${attribute}`)
      if (weight === null) return []
      if (Number.isNaN(weight)) errors[`weight_${attribute}`] = t(`${e}.number`)
      else if (weight < 0 || weight > 10) errors[`weight_${attribute}`] = t(`${e}.weightRange`)
      return [{ attribute, weight, min_gap: attribute === 'seniority' ? number('min_gap') : null }]
    })
    const gap = number('min_gap')
    const seniority = attributes.find((a) => a.attribute === 'seniority')
    if (seniority && gap === null) errors.min_gap = t(`${e}.minGap`)
    else if (gap !== null && (Number.isNaN(gap) || gap < 0 || gap > 50)) errors.min_gap = t(`${e}.gapRange`)
    const suggestions = number('suggestions')
    if (suggestions !== null && (!Number.isInteger(suggestions) || suggestions < 1 || suggestions > 20)) {
      errors.suggestions = t(`${e}.suggestionsRange`)
    }
    setLocal(errors)
    if (Object.keys(errors).length > 0) {
      update.reset()
      return
    }
    setSent(attributes.map((a) => a.attribute))
    update.mutate({ attributes, suggestions: number('suggestions') ?? settings.suggestions })
  }

  return (
    <form noValidate onSubmit={onSubmit}>
      {update.isSuccess && <Alert tone="success">{t(`${s}.saved`)}</Alert>}
      {Object.keys(fields).length > 0 ? (
        <Alert tone="error">{t(`${s}.errors.summary`)}</Alert>
      ) : (
        <ProblemAlert error={update.error} messages={MATCHING_PROBLEMS} />
      )}
      <div className="field-row">
        {ATTRIBUTES.map((attribute) => (
          <TextField
            key={attribute}
            label={t(`${s}.weight`, { attribute: t(`${s}.attributes.${attribute}`) })}
            name={`weight_${attribute}`}
            type="number"
            inputMode="decimal"
            min={0}
            max={10}
            step={0.5}
            defaultValue={current[attribute]?.weight ?? ''}
            error={fields[`weight_${attribute}`]}
          />
        ))}
      </div>
      <div className="field-row">
        <TextField
          label={t(`${s}.minGap`)}
          name="min_gap"
          type="number"
          min={0}
          max={50}
          defaultValue={current.seniority?.min_gap ?? ''}
          error={fields.min_gap}
        />
        <TextField
          label={t(`${s}.suggestions`)}
          hint={t(`${s}.suggestionsHint`)}
          name="suggestions"
          type="number"
          min={1}
          max={20}
          defaultValue={settings.suggestions}
          error={fields.suggestions}
        />
      </div>
      <Button type="submit" disabled={update.isPending}>
        {t(`${s}.save`)}
      </Button>
    </form>
  )
}

/** Weights of the extra criteria and the number of suggestions, as the API stores them per program. */
export function SettingsSection({ programId }: { programId: string }) {
  const { t } = useTranslation()
  const settings = useSettings(programId)
  return (
    <Section title={t('matchingReview.settings.title')}>
      <p>{t('matchingReview.settings.intro')}</p>
      {settings.isPending && <Loading />}
      <ProblemAlert error={settings.error} messages={MATCHING_PROBLEMS} />
      {settings.data && <SettingsForm programId={programId} settings={settings.data} />}
    </Section>
  )
}
