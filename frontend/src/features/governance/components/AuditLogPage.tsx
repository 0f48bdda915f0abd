import { useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { z } from 'zod'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { TextField } from '@/components/TextField'
import { formValues, validate, type FieldErrors } from '@/lib/form'
import { AUDIT_PAGE_SIZE, useAuditEvents, type AuditEvent, type AuditFilters } from '../api/audit-events'
import { GovernanceNav } from './GovernanceNav'
import { Pager } from './Pager'
import { PersonName } from './PersonName'
import '../governance.css'

/** URL parameter for each filter: the log stays filtered across reloads and back/forward. */
const PARAMS = { action: 'action', actorId: 'actor', targetType: 'target_type', targetId: 'target', since: 'since', until: 'until' } as const
type Field = keyof typeof PARAMS

const uuid = z.union([z.literal(''), z.guid('governance.audit.uuidInvalid')])
const schema = z
  .object({
    action: z.string().trim().max(100),
    actorId: uuid,
    targetType: z.string().trim().max(50),
    targetId: uuid,
    since: z.string(),
    until: z.string(),
  })
  .refine((v) => !v.since || !v.until || v.since <= v.until, { message: 'governance.audit.rangeInvalid', path: ['until'] })
type Values = z.infer<typeof schema>

function readFilters(params: URLSearchParams): AuditFilters {
  const entries = Object.entries(PARAMS).map(([field, name]) => [field, params.get(name) ?? ''])
  return {
    ...(Object.fromEntries(entries) as Record<Field, string>),
    offset: Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0),
  }
}

function useDateTime() {
  const { i18n } = useTranslation()
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' })
    return (value: string) => format.format(new Date(value))
  }, [i18n.language])
}

function Actor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation()
  if (event.actor_person_id) return <PersonName id={event.actor_person_id} />
  if (event.actor_client_id) return <>{t('governance.apiClient', { id: event.actor_client_id.slice(0, 8) })}</>
  return <>{t('governance.system')}</>
}

function EventsTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation()
  const dateTime = useDateTime()
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('governance.audit.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('governance.audit.when')}</th>
          <th scope="col">{t('governance.audit.who')}</th>
          <th scope="col">{t('governance.audit.what')}</th>
          <th scope="col">{t('governance.audit.target')}</th>
          <th scope="col">{t('governance.audit.request')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>
              <time dateTime={event.created_at}>{dateTime(event.created_at)}</time>
            </td>
            <td>
              <Actor event={event} />
            </td>
            <td>
              <code>{event.action}</code>
            </td>
            <td>
              {event.target_type ?? '—'}
              {event.target_id && (
                <>
                  <br />
                  <code className="muted">{event.target_id}</code>
                </>
              )}
            </td>
            <td>{event.request_id ? <code className="muted">{event.request_id}</code> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The organisation's audit log, newest first, filtered and paged through the URL. */
export function AuditLogPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const filters = readFilters(params)
  const events = useAuditEvents(filters)
  const [errors, setErrors] = useState<FieldErrors<Values>>({})

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = validate(schema, formValues(event.currentTarget))
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    const next = new URLSearchParams()
    for (const [field, name] of Object.entries(PARAMS) as [Field, string][]) {
      if (result.data[field]) next.set(name, result.data[field])
    }
    setParams(next)
  }

  function goTo(offset: number) {
    const next = new URLSearchParams(params)
    next.set('offset', String(offset))
    setParams(next)
  }

  const error = (field: Field) => (errors[field] ? t(errors[field]) : undefined)
  return (
    <>
      <PageTitle>{t('governance.audit.title')}</PageTitle>
      <GovernanceNav />
      <p>{t('governance.audit.intro')}</p>
      <form
        role="search"
        aria-label={t('governance.audit.filters')}
        noValidate
        onSubmit={onSubmit}
        className="governance-filters"
        key={params.toString()}
      >
        <TextField label={t('governance.audit.action')} hint={t('governance.audit.actionHint')} name="action" defaultValue={filters.action} maxLength={100} />
        <TextField label={t('governance.audit.targetType')} hint={t('governance.audit.targetTypeHint')} name="targetType" defaultValue={filters.targetType} maxLength={50} />
        <TextField label={t('governance.audit.actor')} name="actorId" defaultValue={filters.actorId} error={error('actorId')} spellCheck={false} />
        <TextField label={t('governance.audit.targetId')} name="targetId" defaultValue={filters.targetId} error={error('targetId')} spellCheck={false} />
        <TextField label={t('governance.audit.since')} name="since" type="date" defaultValue={filters.since} />
        <TextField label={t('governance.audit.until')} name="until" type="date" defaultValue={filters.until} error={error('until')} />
        <div className="form-actions">
          <Button type="submit">{t('governance.audit.apply')}</Button>
          <Button
            variant="secondary"
            onClick={() => {
              setErrors({})
              setParams(new URLSearchParams())
            }}
          >
            {t('governance.audit.reset')}
          </Button>
        </div>
      </form>
      {events.isPending && <Loading />}
      {events.isError && <Alert tone="error">{events.error.message}</Alert>}
      {events.data &&
        (events.data.items.length === 0 ? (
          <p className="empty-state" role="status">
            {t('governance.audit.empty')}
          </p>
        ) : (
          <>
            <EventsTable events={events.data.items} />
            <Pager offset={filters.offset} limit={AUDIT_PAGE_SIZE} total={events.data.total} onChange={goTo} />
          </>
        ))}
    </>
  )
}
