import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ErrorPage } from '@/components/ErrorPage'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { isProblemError } from '@/api/problem'
import { useProgram, useUpdateProgram, type Program } from '../api/programs'
import { CharterSection } from './CharterSection'
import { LifecycleSection } from './LifecycleSection'
import { ParticipantsSection } from './ParticipantsSection'
import { ProgramFields, readProgramForm, type FieldError } from './ProgramFields'
import { QuestionnaireSection } from './QuestionnaireSection'
import '../admin.css'

function ConfigurationSection({ program }: { program: Program }) {
  const { t } = useTranslation()
  const update = useUpdateProgram(program.id)
  const [error, setError] = useState<FieldError>()

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const read = readProgramForm(event.currentTarget)
    if ('error' in read) {
      setError(read.error)
      return
    }
    setError(undefined)
    update.mutate(read.body)
  }

  return (
    <Section title={t('programsAdmin.detail.configTitle')}>
      {update.isSuccess && <Alert tone="success">{t('programsAdmin.form.saved')}</Alert>}
      {update.isError && <Alert tone="error">{t('programsAdmin.form.errors.generic')}</Alert>}
      <form noValidate onSubmit={onSubmit} key={program.updated_at}>
        <ProgramFields program={program} error={error} />
        <Button type="submit" disabled={update.isPending}>
          {t('programsAdmin.form.save')}
        </Button>
      </form>
    </Section>
  )
}

/** One program: configuration, charter, questionnaire, lifecycle and participants on one page. */
export function ProgramDetailPage() {
  const { t } = useTranslation()
  const { programId = '' } = useParams()
  const program = useProgram(programId)
  if (program.isPending) return <Loading />
  if (program.isError) return <ErrorPage problem={isProblemError(program.error) ? program.error.problem : undefined} />
  const p = program.data
  return (
    <>
      <p>
        <Link to="/programs">{t('programsAdmin.detail.back')}</Link>
      </p>
      <PageTitle>{p.name}</PageTitle>
      <p>
        <span className={`badge badge-${p.status}`}>{t(`programsAdmin.status.${p.status}`)}</span>
      </p>
      <nav className="subnav" aria-label={t('programsAdmin.detail.sections')}>
        <ul>
          <li>
            <Link to={`/programs/${p.id}/matching`}>{t('programsAdmin.detail.matchingLink')}</Link>
          </li>
          <li>
            <Link to={`/programs/${p.id}/pairs`}>{t('programsAdmin.detail.pairsLink')}</Link>
          </li>
          <li>
            <Link to={`/programs/${p.id}/events`}>{t('programsAdmin.events.link')}</Link>
          </li>
          <li>
            <Link to={`/programs/${p.id}/pilotage`}>{t('programsAdmin.detail.pilotageLink')}</Link>
          </li>
        </ul>
      </nav>
      <LifecycleSection program={p} />
      <ConfigurationSection program={p} />
      <CharterSection programId={p.id} />
      <QuestionnaireSection programId={p.id} />
      <ParticipantsSection programId={p.id} />
    </>
  )
}
