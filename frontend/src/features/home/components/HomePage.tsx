import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { hasRole, useMe, type Me } from '@/api/me'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import { useTodo, type Todo } from '../api/todo'
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

const partner = (m: { partner?: { given_name: string; family_name: string } | null }) =>
  m.partner ? `${m.partner.given_name} ${m.partner.family_name}` : ''

/** One thing to do: a sentence and the link to where it is done. */
function TodoItem({ item }: { item: Todo }) {
  const { t } = useTranslation()
  const format = useFormat()
  switch (item.kind) {
    case 'invitation':
      return <Row text={t('home.todo.invitation', { program: item.program.name })} to={`/my-programs/${item.program.id}`} link={t('home.todo.invitationLink')} />
    case 'questionnaire':
      return <Row text={t('home.todo.questionnaire', { program: item.program.name })} to={`/my-programs/${item.program.id}`} link={t('home.todo.questionnaireLink')} />
    case 'proposal':
      return <Row text={t('home.todo.proposal', { name: partner(item.mentorship) })} to={`/mentorships/${item.mentorship.id}`} link={t('home.todo.proposalLink')} />
    case 'charter':
      return <Row text={t('home.todo.charter', { version: String(item.mentorship.charter.current_version) })} to={`/mentorships/${item.mentorship.id}`} link={t('home.todo.charterLink')} />
    case 'firstMeeting':
      return <Row text={t('home.todo.firstMeeting', { name: partner(item.mentorship) })} to={`/mentorships/${item.mentorship.id}`} link={t('home.todo.open')} />
    case 'completion':
      return <Row text={t('home.todo.completion', { name: partner(item.mentorship) })} to={`/mentorships/${item.mentorship.id}`} link={t('home.todo.open')} />
    case 'nextSession':
      return (
        <Row
          text={t('home.todo.nextSession', { name: partner(item.mentorship), when: format.dateTime(item.session.starts_at) })}
          to={`/mentorships/${item.mentorship.id}`}
          link={t('home.todo.open')}
        />
      )
    case 'overdue':
      return <Row text={t('home.todo.overdue', { count: item.count })} to={`/mentorships/${item.mentorship.id}`} link={t('home.todo.open')} />
  }
}

function Row({ text, to, link }: { text: string; to: string; link: string }) {
  return (
    <li data-testid="todo">
      <span>{text}</span>
      <Link to={to}>{link}</Link>
    </li>
  )
}

function MemberHome() {
  const { t } = useTranslation()
  const todo = useTodo(true)
  if (todo.isPending) return <Loading />
  if (todo.isError) return <ProblemAlert error={todo.error} />
  const { todo: items, hasPrograms, hasMentorships } = todo.data
  return (
    <>
      <Section title={t('home.todo.title')}>
        {items.length > 0 ? (
          <ul className="home-todo">
            {items.map((item, i) => (
              <TodoItem key={i} item={item} />
            ))}
          </ul>
        ) : (
          <p className="empty-state">{t('home.todo.nothing')}</p>
        )}
      </Section>
      {!hasPrograms && (
        <Section title={t('home.member.programsTitle')}>
          <p className="empty-state">{t('home.member.programsEmpty')}</p>
        </Section>
      )}
      <Section title={t('home.member.mentorshipTitle')}>
        {hasMentorships ? (
          <p>
            <Link to="/mentorships">{t('home.todo.allMentorships')}</Link>
          </p>
        ) : (
          <p className="empty-state">{t('home.member.mentorshipEmpty')}</p>
        )}
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
