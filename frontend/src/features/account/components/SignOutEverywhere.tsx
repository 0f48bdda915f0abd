import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Section } from '@/components/Section'
import { useLogoutAll } from '../api/logout-all'

export function SignOutEverywhere() {
  const { t } = useTranslation()
  const logoutAll = useLogoutAll()
  return (
    <Section title={t('account.sessions.title')}>
      <p>{t('account.sessions.description')}</p>
      {logoutAll.isError && <Alert tone="error">{t('account.sessions.errors.generic')}</Alert>}
      <Button variant="secondary" onClick={() => logoutAll.mutate()} disabled={logoutAll.isPending}>
        {t('account.sessions.signOutAll')}
      </Button>
    </Section>
  )
}
