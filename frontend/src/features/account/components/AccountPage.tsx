import { useTranslation } from 'react-i18next'
import { useMe } from '@/api/me'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { CalendarSection } from './CalendarSection'
import { ChangePasswordForm } from './ChangePasswordForm'
import { MyDataSection } from './MyDataSection'
import { SignOutEverywhere } from './SignOutEverywhere'
import { TotpSection } from './TotpSection'

export function AccountPage() {
  const { t } = useTranslation()
  const me = useMe()
  if (!me.data) return <Loading />
  const person = me.data
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <Section title={t('account.profile.title')}>
        <dl className="profile">
          <dt>{t('account.profile.name')}</dt>
          <dd>
            {person.given_name} {person.family_name}
          </dd>
          <dt>{t('account.profile.email')}</dt>
          <dd>{person.email}</dd>
          <dt>{t('account.profile.organisation')}</dt>
          <dd>{person.organisation.name}</dd>
        </dl>
      </Section>
      <ChangePasswordForm />
      <TotpSection me={person} />
      <SignOutEverywhere />
      <CalendarSection />
      <MyDataSection />
    </>
  )
}
