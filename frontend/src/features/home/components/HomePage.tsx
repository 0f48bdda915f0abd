import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { hasRole, useMe, type Me } from '@/api/me'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import { roleLabelKey } from '../hooks/roles'

function AdminHome() {
  const { t } = useTranslation()
  return (
    <>
      <Section title={t('home.admin.programsTitle')}>
        <p className="empty-state">{t('home.admin.programsEmpty')}</p>
        <p>
          <Link to="/programs">{t('programsAdmin.homeLink')}</Link>
        </p>
      </Section>
      <Section title={t('home.admin.directoryTitle')}>
        <p className="empty-state">{t('home.admin.directoryEmpty')}</p>
        <p>
          <Link to="/directory">{t('directory.homeLink')}</Link>
        </p>
      </Section>
    </>
  )
}

function MemberHome() {
  const { t } = useTranslation()
  return (
    <>
      <Section title={t('home.member.programsTitle')}>
        <p className="empty-state">{t('home.member.programsEmpty')}</p>
      </Section>
      <Section title={t('home.member.mentorshipTitle')}>
        <p className="empty-state">{t('home.member.mentorshipEmpty')}</p>
      </Section>
    </>
  )
}

function OperatorHome() {
  const { t } = useTranslation()
  return (
    <Section title={t('home.operator.title')}>
      <p className="empty-state">{t('home.operator.empty')}</p>
    </Section>
  )
}

/** What a person sees first depends on their role; every block says what comes next. */
export function RoleHome({ me }: { me: Me }) {
  if (hasRole(me, 'org_admin', 'program_manager')) return <AdminHome />
  if (hasRole(me, 'member')) return <MemberHome />
  if (hasRole(me, 'platform_operator')) return <OperatorHome />
  return <MemberHome />
}

export function HomePage() {
  const { t } = useTranslation()
  const format = useFormat()
  const me = useMe()
  if (!me.data) return <Loading />
  const person = me.data
  return (
    <>
      <PageTitle>{t('home.title', { name: person.given_name })}</PageTitle>
      <p>{t('home.today', { date: format.date(new Date()) })}</p>
      <p>
        {t('home.rolesLabel')} {person.roles.map((role) => t(roleLabelKey(role))).join(', ')}
      </p>
      <RoleHome me={person} />
    </>
  )
}
