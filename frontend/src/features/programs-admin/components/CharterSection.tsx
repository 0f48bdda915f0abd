import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { Section } from '@/components/Section'
import { TextAreaField } from '@/components/TextAreaField'
import { useFormat } from '@/hooks/useFormat'
import { useCharter, useCharterVersions, useSaveCharter } from '../api/charter'

function Versions({ programId }: { programId: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const versions = useCharterVersions(programId)
  if (!versions.data || versions.data.length === 0) return null
  return (
    <>
      <h3>{t('programsAdmin.charter.versions')}</h3>
      <ul>
        {versions.data.map((v) => (
          <li key={v.version}>
            {t('programsAdmin.charter.version', { version: String(v.version) })}
            {' — '}
            {v.published_at
              ? t('programsAdmin.charter.published', { date: format.date(v.published_at) })
              : t('programsAdmin.charter.draftVersion')}
            {' — '}
            {t('programsAdmin.charter.signatures', { count: v.signature_count })}
          </li>
        ))}
      </ul>
    </>
  )
}

/** The charter's Markdown text; saving after publication creates a new version to sign. */
export function CharterSection({ programId }: { programId: string }) {
  const { t } = useTranslation()
  const charter = useCharter(programId)
  const save = useSaveCharter(programId)
  const [body, setBody] = useState<string | null>(null)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const text = body ?? charter.data?.body_markdown ?? ''
    if (text.trim() !== '') save.mutate(text)
  }

  return (
    <Section title={t('programsAdmin.charter.title')}>
      <p>{t('programsAdmin.charter.intro')}</p>
      {charter.isPending ? (
        <Loading />
      ) : (
        <form noValidate onSubmit={onSubmit}>
          {save.isSuccess && (
            <Alert tone="success">{t('programsAdmin.charter.saved', { version: String(save.data.version) })}</Alert>
          )}
          {save.isError && <Alert tone="error">{t('programsAdmin.charter.errors.generic')}</Alert>}
          <TextAreaField
            label={t('programsAdmin.charter.body')}
            name="body_markdown"
            rows={10}
            value={body ?? charter.data?.body_markdown ?? ''}
            onChange={(event) => setBody(event.target.value)}
            hint={charter.data ? undefined : t('programsAdmin.charter.empty')}
          />
          <Button type="submit" disabled={save.isPending}>
            {t('programsAdmin.charter.save')}
          </Button>
        </form>
      )}
      <Versions programId={programId} />
    </Section>
  )
}
