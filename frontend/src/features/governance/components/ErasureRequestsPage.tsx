import type { ParseKeys } from 'i18next'
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { isProblemError } from '@/api/problem'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { SelectField } from '@/components/SelectField'
import {
  ERASURE_PAGE_SIZE,
  useErasureRequests,
  useExecuteErasure,
  type ErasureRequest,
  type ErasureStatus,
} from '../api/erasure-requests'
import { usePersonName } from '../api/people'
import { GovernanceNav } from './GovernanceNav'
import { Pager } from './Pager'
import '../governance.css'

const STATUSES = ['pending', 'executed'] as const
const CONSEQUENCES = ['account', 'sessions', 'vault', 'mentorships'] as const
const KNOWN_ERRORS = ['cannot_erase_self', 'erasure_executed']

function useName(personId: string) {
  const { t } = useTranslation()
  const name = usePersonName(personId)
  return name.data || t('governance.unknownPerson', { id: personId.slice(0, 8) })
}

function useDate() {
  const { i18n } = useTranslation()
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
    return (value: string) => format.format(new Date(value))
  }, [i18n.language])
}

/** "2 mentorships ended, 5 vault items deleted": the non-zero counts the API returned. */
function useSummary() {
  const { t, i18n } = useTranslation()
  return (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([key, n]) => {
        const label = `governance.erasure.counts.${key}`
        return `${n} ${i18n.exists(label) ? String(t(label as ParseKeys)) : key}`
      })
      .join(', ')
}

function Row({ request, onExecute }: { request: ErasureRequest; onExecute: (name: string) => void }) {
  const { t } = useTranslation()
  const date = useDate()
  const name = useName(request.person_id)
  const known = (STATUSES as readonly string[]).includes(request.status)
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <time dateTime={request.requested_at}>{date(request.requested_at)}</time>
      </td>
      <td>{known ? t(`governance.erasure.state.${request.status as ErasureStatus}`) : request.status}</td>
      <td>{request.executed_at ? <time dateTime={request.executed_at}>{date(request.executed_at)}</time> : '—'}</td>
      <td>
        {request.status === 'pending' && (
          <Button
            id={`execute-${request.id}`}
            variant="secondary"
            aria-label={t('governance.erasure.executeFor', { name })}
            onClick={() => onExecute(name)}
          >
            {t('governance.erasure.execute')}
          </Button>
        )}
      </td>
    </tr>
  )
}

type Target = { id: string; name: string }

function Confirmation({ target, pending, onConfirm, onCancel }: {
  target: Target
  pending: boolean
  onConfirm: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="erasure-confirmation" aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {t('governance.erasure.confirmTitle', { name: target.name })}
      </h2>
      <p>{t('governance.erasure.confirmIntro')}</p>
      <ul>
        {CONSEQUENCES.map((c) => (
          <li key={c}>{t(`governance.erasure.consequence.${c}`)}</li>
        ))}
      </ul>
      <p className="actions">
        <Button className="btn-danger" disabled={pending} onClick={onConfirm}>
          {t('governance.erasure.confirm')}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={onCancel}>
          {t('governance.erasure.cancel')}
        </Button>
      </p>
    </section>
  )
}

/** Pending and executed erasure requests; executing one asks for confirmation first. */
export function ErasureRequestsPage() {
  const { t } = useTranslation()
  const summary = useSummary()
  const [params, setParams] = useSearchParams()
  const rawStatus = params.get('status') ?? ''
  const status: ErasureStatus | '' = (STATUSES as readonly string[]).includes(rawStatus) ? (rawStatus as ErasureStatus) : ''
  const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0)
  const requests = useErasureRequests(status, offset)
  const execute = useExecuteErasure()
  const [target, setTarget] = useState<Target | null>(null)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const value = String(new FormData(event.currentTarget).get('status') ?? '')
    setParams(value ? { status: value } : {})
  }

  function goTo(next: number) {
    const copy = new URLSearchParams(params)
    copy.set('offset', String(next))
    setParams(copy)
  }

  function cancel() {
    const id = target?.id
    setTarget(null)
    requestAnimationFrame(() => document.getElementById(`execute-${id}`)?.focus())
  }

  function errorText(error: unknown): string {
    const code = isProblemError(error) ? error.code : ''
    return KNOWN_ERRORS.includes(code)
      ? t(`governance.erasure.errors.${code as 'cannot_erase_self' | 'erasure_executed'}`)
      : t('governance.erasure.errors.generic')
  }

  return (
    <>
      <PageTitle>{t('governance.erasure.title')}</PageTitle>
      <GovernanceNav />
      <p>{t('governance.erasure.intro')}</p>
      <form role="search" aria-label={t('governance.erasure.filters')} onSubmit={onSubmit} className="governance-filters" key={status}>
        <SelectField
          label={t('governance.erasure.status')}
          name="status"
          defaultValue={status}
          options={[
            { value: '', label: t('governance.erasure.statuses.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`governance.erasure.statuses.${s}`) })),
          ]}
        />
        <div className="form-actions">
          <Button type="submit">{t('governance.erasure.apply')}</Button>
        </div>
      </form>
      {execute.isSuccess && (
        <Alert tone="success">
          {summary(execute.data.counts)
            ? t('governance.erasure.executed', { summary: summary(execute.data.counts) })
            : t('governance.erasure.executedNothing')}
        </Alert>
      )}
      {execute.isError && <Alert tone="error">{errorText(execute.error)}</Alert>}
      {target && (
        <Confirmation
          target={target}
          pending={execute.isPending}
          onCancel={cancel}
          onConfirm={() => execute.mutate(target.id, { onSettled: () => setTarget(null) })}
        />
      )}
      {requests.isPending && <Loading />}
      {requests.isError && <Alert tone="error">{requests.error.message}</Alert>}
      {requests.data &&
        (requests.data.items.length === 0 ? (
          <p className="empty-state">{t('governance.erasure.empty')}</p>
        ) : (
          <>
            <table className="data-table">
              <caption className="visually-hidden">{t('governance.erasure.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('governance.erasure.person')}</th>
                  <th scope="col">{t('governance.erasure.requestedAt')}</th>
                  <th scope="col">{t('governance.erasure.status')}</th>
                  <th scope="col">{t('governance.erasure.executedAt')}</th>
                  <th scope="col">{t('governance.erasure.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {requests.data.items.map((request) => (
                  <Row
                    key={request.id}
                    request={request}
                    onExecute={(name) => {
                      execute.reset()
                      setTarget({ id: request.id, name })
                    }}
                  />
                ))}
              </tbody>
            </table>
            <Pager offset={offset} limit={ERASURE_PAGE_SIZE} total={requests.data.total} onChange={goTo} />
          </>
        ))}
    </>
  )
}
