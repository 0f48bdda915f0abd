import { useMutation } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isProblemError } from '@/api/problem'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import '../account.css'
import { downloadMyData } from '../api/data-export'
import { useRequestErasure } from '../api/request-erasure'

const CONSEQUENCES = ['account', 'sessions', 'vault', 'programs'] as const

function DataExport() {
  const { t } = useTranslation()
  const download = useMutation({ mutationFn: downloadMyData })
  return (
    <>
      <h3>{t('account.data.exportTitle')}</h3>
      <p>{t('account.data.exportDescription')}</p>
      {download.isError && <Alert tone="error">{t('account.data.exportFailed')}</Alert>}
      {download.isSuccess && <Alert tone="success">{t('account.data.downloaded')}</Alert>}
      <Button variant="secondary" disabled={download.isPending} onClick={() => download.mutate()}>
        {download.isPending ? t('account.data.downloading') : t('account.data.download')}
      </Button>
    </>
  )
}

/** Says what erasure does before sending the request: it cannot be undone. */
function ErasureConfirmation({ onConfirm, onCancel, pending }: { onConfirm: () => void; onCancel: () => void; pending: boolean }) {
  const { t } = useTranslation()
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <div className="confirmation" role="group" aria-labelledby={id}>
      <h4 id={id} ref={heading} tabIndex={-1}>
        {t('account.data.confirmTitle')}
      </h4>
      <p>{t('account.data.consequences')}</p>
      <ul>
        {CONSEQUENCES.map((c) => (
          <li key={c}>{t(`account.data.consequence.${c}`)}</li>
        ))}
      </ul>
      <p>
        <strong>{t('account.data.irreversible')}</strong>
      </p>
      <p className="actions">
        <Button className="btn-danger" disabled={pending} onClick={onConfirm}>
          {t('account.data.confirm')}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={onCancel}>
          {t('account.data.cancel')}
        </Button>
      </p>
    </div>
  )
}

function ErasureRequest() {
  const { t } = useTranslation()
  const format = useFormat()
  const erasure = useRequestErasure()
  const [confirming, setConfirming] = useState(false)
  const triggerId = useId()
  const already = isProblemError(erasure.error) && erasure.error.code === 'erasure_already_requested'

  function cancel() {
    setConfirming(false)
    requestAnimationFrame(() => document.getElementById(triggerId)?.focus())
  }

  return (
    <>
      <h3>{t('account.data.erasureTitle')}</h3>
      <p>{t('account.data.erasureDescription')}</p>
      {erasure.isSuccess ? (
        <Alert tone="success">{t('account.data.requested', { date: format.date(erasure.data.requested_at) })}</Alert>
      ) : already ? (
        <Alert tone="info">{t('account.data.alreadyRequested')}</Alert>
      ) : confirming ? (
        <>
          {erasure.isError && <Alert tone="error">{t('account.data.erasureFailed')}</Alert>}
          <ErasureConfirmation pending={erasure.isPending} onCancel={cancel} onConfirm={() => erasure.mutate()} />
        </>
      ) : (
        <Button id={triggerId} variant="secondary" onClick={() => setConfirming(true)}>
          {t('account.data.requestErasure')}
        </Button>
      )}
    </>
  )
}

/** GDPR rights from the account page: a copy of my data, and erasure on request. */
export function MyDataSection() {
  const { t } = useTranslation()
  return (
    <Section title={t('account.data.title')}>
      <p>{t('account.data.intro')}</p>
      <DataExport />
      <ErasureRequest />
    </Section>
  )
}
