import { type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { SelectField } from '@/components/SelectField'
import { TextField } from '@/components/TextField'
import { PAGE_SIZE, useFacets, usePeople, type PeopleFilters } from '../api/people'
import '../directory.css'

function readFilters(params: URLSearchParams): PeopleFilters {
  const active = params.get('active') ?? ''
  return {
    q: params.get('q') ?? '',
    unitId: params.get('unit') ?? '',
    site: params.get('site') ?? '',
    active: active === 'true' || active === 'false' ? active : '',
    offset: Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0),
  }
}

/** Searchable, filterable list of the organisation's people; filters live in the URL. */
export function DirectoryPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const filters = readFilters(params)
  const people = usePeople(filters)
  const facets = useFacets()

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const next = new URLSearchParams()
    for (const [name, key] of [['q', 'q'], ['unit', 'unit'], ['site', 'site'], ['active', 'active']] as const) {
      const value = String(data.get(name) ?? '').trim()
      if (value) next.set(key, value)
    }
    setParams(next)
  }

  function goTo(offset: number) {
    const next = new URLSearchParams(params)
    next.set('offset', String(offset))
    setParams(next)
  }

  const total = people.data?.total ?? 0
  const page = Math.floor(filters.offset / PAGE_SIZE) + 1
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  return (
    <>
      <PageTitle>{t('directory.title')}</PageTitle>
      <p>{t('directory.intro')}</p>
      <form role="search" aria-label={t('directory.filters')} onSubmit={onSubmit} className="directory-filters">
        <TextField label={t('directory.search')} name="q" type="search" defaultValue={filters.q} />
        <SelectField
          label={t('directory.unit')}
          name="unit"
          defaultValue={filters.unitId}
          key={`unit-${facets.data?.units.length ?? 0}`}
          options={[
            { value: '', label: t('directory.allUnits') },
            ...(facets.data?.units ?? []).map((u) => ({ value: u.id, label: u.name })),
          ]}
        />
        <SelectField
          label={t('directory.site')}
          name="site"
          defaultValue={filters.site}
          key={`site-${facets.data?.sites.length ?? 0}`}
          options={[
            { value: '', label: t('directory.statuses.all') },
            ...(facets.data?.sites ?? []).map((s) => ({ value: s, label: s })),
          ]}
        />
        <SelectField
          label={t('directory.status')}
          name="active"
          defaultValue={filters.active}
          options={[
            { value: '', label: t('directory.statuses.all') },
            { value: 'true', label: t('directory.statuses.active') },
            { value: 'false', label: t('directory.statuses.inactive') },
          ]}
        />
        <div>
          <Button type="submit">{t('directory.apply')}</Button>
        </div>
      </form>
      {people.isPending && <Loading />}
      {people.isError && <Alert tone="error">{people.error.message}</Alert>}
      {people.data && (
        <>
          <p role="status">{t('directory.total', { count: total })}</p>
          {people.data.items.length === 0 ? (
            <p className="empty-state">{t('directory.empty')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('directory.name')}</th>
                  <th scope="col">{t('directory.jobTitle')}</th>
                  <th scope="col">{t('directory.unit')}</th>
                  <th scope="col">{t('directory.manager')}</th>
                  <th scope="col">{t('directory.status')}</th>
                </tr>
              </thead>
              <tbody>
                {people.data.items.map((person) => (
                  <tr key={person.id}>
                    <td>
                      <Link to={`/directory/${person.id}`}>
                        {person.given_name} {person.family_name}
                      </Link>
                      <br />
                      <span className="muted">{person.email}</span>
                    </td>
                    <td>{person.job_title ?? '—'}</td>
                    <td>{person.unit?.name ?? '—'}</td>
                    <td>{person.manager ? `${person.manager.given_name} ${person.manager.family_name}` : '—'}</td>
                    <td>{person.active ? t('directory.active') : t('directory.inactive')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {pages > 1 && (
            <p className="actions">
              <Button variant="secondary" disabled={page <= 1} onClick={() => goTo(filters.offset - PAGE_SIZE)}>
                {t('directory.previous')}
              </Button>
              <span>{t('directory.page', { page: String(page), pages: String(pages) })}</span>
              <Button variant="secondary" disabled={page >= pages} onClick={() => goTo(filters.offset + PAGE_SIZE)}>
                {t('directory.next')}
              </Button>
            </p>
          )}
        </>
      )}
    </>
  )
}
