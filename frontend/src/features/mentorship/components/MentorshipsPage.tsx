import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { useMyMentorships, type Mentorship } from '../api/mentorships'
import { statusKey } from '../hooks/labels'

export function partnerName(m: Mentorship): string {
  return m.partner ? `${m.partner.given_name} ${m.partner.family_name}` : '—'
}

/** The person's mentorships, as mentor or mentee. */
export function MentorshipsPage() {
  const { t } = useTranslation()
  const list = useMyMentorships()
  return (
    <>
      <PageTitle>{t('mentorship.listTitle')}</PageTitle>
      {list.isPending ? (
        <Loading />
      ) : list.data && list.data.length > 0 ? (
        <ul className="card-list">
          {list.data.map((m) => (
            <li key={m.id}>
              <Section title={t('mentorship.withPartner', { name: partnerName(m) })}>
                <p>{m.my_side === 'mentor' ? t('mentorship.asMentor') : t('mentorship.asMentee')}</p>
                <p>
                  {t('mentorship.statusLabel')} {t(statusKey(m.status))}
                </p>
                <Link to={`/mentorships/${m.id}`}>{t('mentorship.open')}</Link>
              </Section>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{t('mentorship.empty')}</p>
      )}
    </>
  )
}
