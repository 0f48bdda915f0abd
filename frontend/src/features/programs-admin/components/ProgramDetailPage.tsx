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
import { ProblemAlert } from '@/components/ProblemAlert'
import { useFormat } from '@/hooks/useFormat'
import { isStale, problemOf } from '@/lib/problems'
import { PROGRAM_PROBLEMS } from '../problems'
import { useProgram, useRefetchProgram, useUpdateProgram, type Program } from '../api/programs'
import { CharterSection } from './CharterSection'
import { LifecycleSection } from './LifecycleSection'
import { ParticipantsSection } from './ParticipantsSection'
import { ProgramFields, readProgramForm, type FieldError } from './ProgramFields'
import { QuestionnaireSection } from './QuestionnaireSection'
import '../admin.css'

/** A 409 stale_version on the configuration: who saved first, when, and a reload that keeps what was typed. */
function StaleAlert({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation()
  const format = useFormat()
  const problem = problemOf(error)
  const who = typeof problem?.updated_by === 'string' ? problem.updated_by : null
  const when = typeof problem?.updated_at === 'string' ? problem.updated_at : null
  const f = 'programsAdmin.form.stale'
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-lead">
        {who && when ? t(`${f}.byWhom`, { name: who, date: format.dateTime(when) }) : t(`${f}.anonymous`)}
      </p>
      <p>
        {t(`${f}.kept`)}{' '}
        <button type="button" className="btn btn-secondary btn-small" onClick={onReload}>
          {t(`${f}.reload`)}
        </button>
      </p>
    </div>
  )
}

function ConfigurationSection({ program }: { program: Program }) {
  const { t } = useTranslation()
  const update = useUpdateProgram(program.id)
  const [error, setError] = useState<FieldError>()
  // the version this form was loaded from; a reload after a conflict moves it on, the typed values stay
  const [version, setVersion] = useState(program.updated_at)
  const [reloaded, setReloaded] = useState(false)
  const refetch = useRefetchProgram(program.id)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setReloaded(false)
    const read = readProgramForm(event.currentTarget)
    if ('error' in read) {
      setError(read.error)
      return
    }
    setError(undefined)
    update.mutate({ ...read.body, updated_at: version }, { onSuccess: (saved) => setVersion(saved.updated_at) })
  }

  async function onReload() {
    const latest = await refetch()
    if (latest) setVersion(latest.updated_at)
    update.reset()
    setReloaded(true)
  }

  return (
    <Section title={t('programsAdmin.detail.configTitle')}>
      {update.isSuccess && <Alert tone="success">{t('programsAdmin.form.saved')}</Alert>}
      {reloaded && <Alert tone="info">{t('programsAdmin.form.stale.reloaded')}</Alert>}
      {update.isError &&
        (isStale(update.error) ? (
          <StaleAlert error={update.error} onReload={() => void onReload()} />
        ) : (
          <ProblemAlert error={update.error} messages={PROGRAM_PROBLEMS} />
        ))}
      <form noValidate onSubmit={onSubmit}>
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
      <ParticipantsSection program={p} />
    </>
  )
}
