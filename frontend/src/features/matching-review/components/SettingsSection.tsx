import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { isProblemError } from '@/api/problem'
import { ATTRIBUTES, useSettings, useUpdateSettings, type AttributeWeight, type MatchingSettings } from '../api/review'

/** Field path (without "body") → the API's message, from a problem+json `errors` list. */
function problemFields(error: unknown): Record<string, string> {
  if (!isProblemError(error)) return {}
  const fields: Record<string, string> = {}
  for (const item of error.problem.errors ?? []) {
    const path = item.loc[0] === 'body' ? item.loc.slice(1) : item.loc
    fields[path.join('.')] ??= item.msg
  }
  return fields
}

function SettingsForm({ programId, settings }: { programId: string; settings: MatchingSettings }) {
  const { t } = useTranslation()
  const update = useUpdateSettings(programId)
  const [sent, setSent] = useState<AttributeWeight['attribute'][]>([])
  const s = 'matchingReview.settings'
  const current = Object.fromEntries(settings.attributes.map((a) => [a.attribute, a]))
  const fields = problemFields(update.error)
  const invalid = (detail: string | undefined) => (detail ? t(`${s}.invalid`, { detail }) : undefined)
  const attributeError = (attribute: string, part: 'weight' | 'min_gap') => {
    const index = sent.indexOf(attribute as AttributeWeight['attribute'])
    return index < 0 ? undefined : invalid(fields[`attributes.${index}.${part}`] ?? fields[`attributes.${index}`])
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const number = (name: string) => {
      const value = String(data.get(name) ?? '').trim()
      return value === '' ? null : Number(value.replace(',', '.'))
    }
    const attributes: AttributeWeight[] = ATTRIBUTES.flatMap((attribute) => {
      const weight = number(`weight_${attribute}`)
      if (weight === null) return []
      return [{ attribute, weight, min_gap: attribute === 'seniority' ? number('min_gap') : null }]
    })
    setSent(attributes.map((a) => a.attribute))
    update.mutate({ attributes, suggestions: number('suggestions') ?? settings.suggestions })
  }

  return (
    <form noValidate onSubmit={onSubmit}>
      {update.isSuccess && <Alert tone="success">{t(`${s}.saved`)}</Alert>}
      {update.isError && <Alert tone="error">{t('matchingReview.errors.generic', { detail: update.error.message })}</Alert>}
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
            error={attributeError(attribute, 'weight')}
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
          error={attributeError('seniority', 'min_gap')}
        />
        <TextField
          label={t(`${s}.suggestions`)}
          hint={t(`${s}.suggestionsHint`)}
          name="suggestions"
          type="number"
          min={1}
          max={20}
          defaultValue={settings.suggestions}
          error={invalid(fields.suggestions)}
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
      {settings.isError && <Alert tone="error">{t('matchingReview.errors.generic', { detail: settings.error.message })}</Alert>}
      {settings.data && <SettingsForm programId={programId} settings={settings.data} />}
    </Section>
  )
}
