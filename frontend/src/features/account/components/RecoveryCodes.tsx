import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'

/** The ten recovery codes, shown once right after they are made. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation()
  return (
    <div className="recovery-codes">
      <Alert tone="info">{t('account.totp.recovery.keep')}</Alert>
      <ul aria-label={t('account.totp.recovery.listLabel')} data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </div>
  )
}
