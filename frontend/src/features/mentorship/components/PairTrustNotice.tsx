import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ConfirmDialog } from '@/components/Dialog'
import { acceptPartnerKey, partnerTrust, useVaultState } from '@/lib/vault-session'
import './PairTrustNotice.css'

/**
 * Trust in the partner's key, at the top of the pair space. A key that differs from the
 * pinned one gets a calm but loud banner — writing stays blocked until the person
 * compares and accepts it (never a silent re-wrap); otherwise one line links to the
 * safety-number screen. Owned by the vault work; kept in its own file.
 */
export function PairTrustNotice({ mentorshipId, partnerId, partnerName }: { mentorshipId: string; partnerId: string; partnerName: string }) {
  const { t } = useTranslation()
  const { keys, trustVersion } = useVaultState()
  const queryClient = useQueryClient()
  const trust = useQuery({
    queryKey: ['vault', 'trust', partnerId, trustVersion],
    queryFn: () => partnerTrust(partnerId),
    enabled: keys !== null,
    placeholderData: (previous) => previous,
  })
  const name = partnerName
  const trustPath = `/mentorships/${mentorshipId}/trust`
  if (!keys || !trust.data || trust.data.state === 'missing') return null
  if (trust.data.state === 'changed')
    return (
      <section className="key-change-banner" role="alert" aria-labelledby="pair-key-change" data-testid="key-change-banner">
        <h2 id="pair-key-change">{t('vault.banner.title', { name })}</h2>
        <p>{t('vault.banner.explain', { name })}</p>
        <p>
          <strong>{t('vault.banner.blocked')}</strong>
        </p>
        <p>{t('vault.banner.advice', { name })}</p>
        <div className="vault-actions">
          <Link className="btn btn-secondary" to={trustPath}>
            {t('vault.banner.compare')}
          </Link>
          <ConfirmDialog
            triggerLabel={t('vault.banner.accept')}
            triggerVariant="primary"
            title={t('vault.banner.acceptTitle', { name })}
            confirmLabel={t('vault.banner.accept')}
            onConfirm={async () => {
              await acceptPartnerKey(partnerId)
              await queryClient.invalidateQueries({ queryKey: ['vault'] })
            }}
          >
            <p>{t('vault.banner.acceptExplain', { name })}</p>
          </ConfirmDialog>
        </div>
      </section>
    )
  return (
    <p className="trust-line">
      {trust.data.verified ? (
        <>
          <span className="badge badge-success">{t('vault.trust.verifiedShort', { name })}</span> <Link to={trustPath}>{t('vault.trust.numberLabel')}</Link>
        </>
      ) : (
        <Link to={trustPath}>{t('vault.trust.link', { name })}</Link>
      )}
    </p>
  )
}
