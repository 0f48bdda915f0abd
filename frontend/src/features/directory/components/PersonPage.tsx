import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isProblemError } from '@/api/problem'
import { ErrorPage } from '@/components/ErrorPage'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import { usePerson } from '../api/people'
import '../directory.css'

/** One person: unit, job, and the management chain the matching must stay clear of. */
export function PersonPage() {
  const { t } = useTranslation()
  const format = useFormat()
  const { personId = '' } = useParams()
  const person = usePerson(personId)
  if (person.isPending) return <Loading />
  if (person.isError) return <ErrorPage problem={isProblemError(person.error) ? person.error.problem : undefined} />
  const p = person.data
  const unknown = t('directory.person.unknown')
  return (
    <>
      <p>
        <Link to="/directory">{t('directory.person.back')}</Link>
      </p>
      <PageTitle>{`${p.given_name} ${p.family_name}`}</PageTitle>
      <dl className="profile">
        <dt>{t('directory.person.email')}</dt>
        <dd>{p.email}</dd>
        <dt>{t('directory.person.employeeNumber')}</dt>
        <dd>{p.employee_number ?? unknown}</dd>
        <dt>{t('directory.person.unit')}</dt>
        <dd>{p.unit?.name ?? unknown}</dd>
        <dt>{t('directory.person.jobTitle')}</dt>
        <dd>{p.job_title ?? unknown}</dd>
        <dt>{t('directory.person.site')}</dt>
        <dd>{p.site ?? unknown}</dd>
        <dt>{t('directory.person.languages')}</dt>
        <dd>{p.languages.length > 0 ? p.languages.join(', ') : unknown}</dd>
        <dt>{t('directory.person.hiredOn')}</dt>
        <dd>{p.hired_on ? format.date(p.hired_on) : unknown}</dd>
        <dt>{t('directory.person.status')}</dt>
        <dd>{p.active ? t('directory.active') : t('directory.inactive')}</dd>
        <dt>{t('directory.person.directReports')}</dt>
        <dd>{p.direct_reports}</dd>
      </dl>
      <Section title={t('directory.person.chainTitle')}>
        <p className="muted">{t('directory.person.chainIntro')}</p>
        {p.pending_manager_ref && <p>{t('directory.person.pendingManager', { ref: p.pending_manager_ref })}</p>}
        {p.management_chain.length === 0 ? (
          <p className="empty-state">{t('directory.person.noManager')}</p>
        ) : (
          <ol className="chain">
            {p.management_chain.map((manager) => (
              <li key={manager.id}>
                <Link to={`/directory/${manager.id}`}>
                  {manager.given_name} {manager.family_name}
                </Link>
                {manager.job_title && <span className="muted">{` — ${manager.job_title}`}</span>}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  )
}
