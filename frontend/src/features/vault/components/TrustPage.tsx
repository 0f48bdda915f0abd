import { QRCodeSVG } from 'qrcode.react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useParams } from 'react-router'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ConfirmDialog } from '@/components/Dialog'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { useFormat } from '@/hooks/useFormat'
import { parseSafetyNumber, safetyNumberUri } from '@/lib/crypto'
import { formValues } from '@/lib/form'
import { useVault } from '@/lib/vault-session'
import { usePairPartner } from '../api/get-pair-partner'
import { useAcceptPartnerKey, useMarkVerified, usePartnerTrust } from '../api/partner-trust'
import '../vault.css'

/** 60 digits as twelve groups of five, read left to right, row by row. */
function SafetyDigits({ digits, testId }: { digits: string; testId?: string }) {
  const groups = digits.match(/.{1,5}/g) ?? []
  return (
    <p className="safety-digits" data-testid={testId}>
      {groups.map((g, i) => (
        <span key={i}>{g}</span>
      ))}
    </p>
  )
}

function Compare({ digits, name }: { digits: string; name: string }) {
  const { t } = useTranslation()
  const [result, setResult] = useState<'same' | 'different' | 'invalid' | null>(null)
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { other = '' } = formValues(event.currentTarget)
    const parsed = parseSafetyNumber(other)
    setResult(parsed === null ? 'invalid' : parsed === digits ? 'same' : 'different')
  }
  return (
    <Section title={t('vault.trust.compareTitle', { name })}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('vault.trust.compareLabel', { name })}
          hint={t('vault.trust.compareHint')}
          name="other"
          inputMode="numeric"
          autoComplete="off"
          error={result === 'invalid' ? t('vault.trust.invalid') : undefined}
        />
        <Button type="submit" variant="secondary">
          {t('vault.trust.compare')}
        </Button>
      </form>
      {result === 'same' && <Alert tone="success">{t('vault.trust.same')}</Alert>}
      {result === 'different' && <Alert tone="error">{t('vault.trust.different', { name })}</Alert>}
    </Section>
  )
}

/**
 * The pair's safety number (digits and the QR code `constel-sn:1:` ‖ digits), a
 * comparison with what the partner reads out, and "Marquer comme vérifié" kept in the
 * keyring. When the partner's key changed, both numbers and the acceptance.
 */
export function TrustPage() {
  const { t } = useTranslation()
  const format = useFormat()
  const location = useLocation()
  const { mentorshipId = '' } = useParams()
  const keys = useVault()
  const partner = usePairPartner(mentorshipId)
  const trust = usePartnerTrust(partner.data?.partnerId)
  const verify = useMarkVerified(partner.data?.partnerId ?? '')
  const accept = useAcceptPartnerKey(partner.data?.partnerId ?? '')
  const name = partner.data?.name ?? ''
  const back = `/mentorships/${mentorshipId}`

  if (partner.isPending) return <Loading />
  const title = t('vault.trust.title', { name })
  if (!keys)
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <Alert tone="info">
          {t('vault.trust.locked')} <Link to={`/vault?next=${encodeURIComponent(location.pathname)}`}>{t('mentorship.openVault')}</Link>
        </Alert>
      </>
    )
  const data = trust.data
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to={back}>{t('vault.trust.back')}</Link>
      </p>
      {trust.isPending && <Loading />}
      {trust.isError && <Alert tone="error">{t('vault.trust.markFailed')}</Alert>}
      {data?.state === 'missing' && <Alert tone="info">{t('vault.trust.missing', { name })}</Alert>}
      {data?.state === 'changed' && data.newSafetyNumber && (
        <section className="key-change-banner" role="alert" aria-labelledby="key-change-title">
          <h2 id="key-change-title">{t('vault.banner.title', { name })}</h2>
          <p>{t('vault.banner.explain', { name })}</p>
          <p>{t('vault.banner.advice', { name })}</p>
          <p>
            <strong>{t('vault.banner.newNumber')}</strong>
          </p>
          <SafetyDigits digits={data.newSafetyNumber} testId="new-safety-number" />
          <div className="vault-qr">
            <QRCodeSVG value={safetyNumberUri(data.newSafetyNumber)} size={200} level="M" title={t('vault.trust.qrLabel', { name })} />
          </div>
          <div className="vault-actions">
            <ConfirmDialog
              triggerLabel={t('vault.banner.accept')}
              triggerVariant="primary"
              title={t('vault.banner.acceptTitle', { name })}
              confirmLabel={t('vault.banner.accept')}
              onConfirm={() => accept.mutateAsync()}
            >
              <p>{t('vault.banner.acceptExplain', { name })}</p>
            </ConfirmDialog>
          </div>
          <p>
            <strong>{t('vault.banner.previousNumber')}</strong>
          </p>
          {data.safetyNumber && <SafetyDigits digits={data.safetyNumber} />}
        </section>
      )}
      {accept.isSuccess && data?.state === 'trusted' && <Alert tone="success">{t('vault.banner.accepted', { name })}</Alert>}
      {data?.state === 'trusted' && data.safetyNumber && (
        <>
          <Section title={t('vault.trust.numberLabel')}>
            <p>{t('vault.trust.explain', { name })}</p>
            <p>
              {data.verified && data.verifiedAt ? (
                <span className="badge badge-success">{t('vault.trust.verified', { date: format.date(data.verifiedAt) })}</span>
              ) : (
                <span className="badge badge-neutral">{t('vault.trust.notVerified')}</span>
              )}
            </p>
            <SafetyDigits digits={data.safetyNumber} testId="safety-digits" />
            <p>{t('vault.trust.qrLabel', { name })}</p>
            <div className="vault-qr" data-testid="safety-qr">
              <QRCodeSVG value={safetyNumberUri(data.safetyNumber)} size={200} level="M" title={t('vault.trust.qrLabel', { name })} />
            </div>
            {!data.verified && (
              <div className="vault-actions">
                <Button disabled={verify.isPending} onClick={() => verify.mutate()}>
                  {t('vault.trust.markVerified')}
                </Button>
              </div>
            )}
            {verify.isSuccess && <Alert tone="success">{t('vault.trust.markedVerified', { name })}</Alert>}
            {verify.isError && <Alert tone="error">{t('vault.trust.markFailed')}</Alert>}
          </Section>
          <Compare digits={data.safetyNumber} name={name} />
        </>
      )}
    </>
  )
}
