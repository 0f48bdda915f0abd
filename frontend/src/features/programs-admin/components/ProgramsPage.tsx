import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import { useCreateProgram, usePrograms, type Program } from '../api/programs'
import { ProgramFields, readProgramForm, type FieldError } from './ProgramFields'
import '../admin.css'

function ProgramDates({ program }: { program: Program }) {
  const { t } = useTranslation()
  const format = useFormat()
  if (!program.starts_on || !program.ends_on) return <>{t('programsAdmin.list.noDates')}</>
  return <>{t('programsAdmin.list.dateRange', { start: format.date(program.starts_on), end: format.date(program.ends_on) })}</>
}

function ProgramList() {
  const { t } = useTranslation()
  const programs = usePrograms()
  if (programs.isPending) return <Loading />
  if (programs.isError) return <Alert tone="error">{programs.error.message}</Alert>
  if (programs.data.items.length === 0) return <p className="empty-state">{t('programsAdmin.list.empty')}</p>
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('programsAdmin.list.name')}</th>
          <th scope="col">{t('programsAdmin.list.status')}</th>
          <th scope="col">{t('programsAdmin.list.dates')}</th>
        </tr>
      </thead>
      <tbody>
        {programs.data.items.map((program) => (
          <tr key={program.id}>
            <td>
              <Link to={`/programs/${program.id}`}>{program.name}</Link>
            </td>
            <td>
              <span className={`badge badge-${program.status}`}>{t(`programsAdmin.status.${program.status}`)}</span>
            </td>
            <td>
              <ProgramDates program={program} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function CreateProgramForm() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useCreateProgram()
  const [error, setError] = useState<FieldError>()

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const read = readProgramForm(event.currentTarget)
    if ('error' in read) {
      setError(read.error)
      return
    }
    setError(undefined)
    create.mutate(read.body, { onSuccess: (program) => void navigate(`/programs/${program.id}`) })
  }

  return (
    <Section title={t('programsAdmin.form.createTitle')}>
      {create.isError && <Alert tone="error">{t('programsAdmin.form.errors.generic')}</Alert>}
      <form noValidate onSubmit={onSubmit}>
        <ProgramFields error={error} />
        <Button type="submit" disabled={create.isPending}>
          {t('programsAdmin.form.create')}
        </Button>
      </form>
    </Section>
  )
}

/** Programs the admin runs, and the form that creates a new one as a draft. */
export function ProgramsPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageTitle>{t('programsAdmin.list.title')}</PageTitle>
      <ProgramList />
      <CreateProgramForm />
    </>
  )
}
