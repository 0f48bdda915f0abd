import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { Alert } from '@/components/Alert'
import { PageTitle } from '@/components/PageTitle'

/** After a withdrawal: what was done and what comes next (a confirmation page, not a dead end). */
export function WithdrawnPage() {
  const { t } = useTranslation()
  const location = useLocation()
  const side = (location.state as { side?: string } | null)?.side
  return (
    <>
      <PageTitle>{t('mentorship.withdrawnTitle')}</PageTitle>
      <Alert tone="success">{t('mentorship.withdrawnDone')}</Alert>
      <p>{side === 'mentor' ? t('mentorship.withdrawnNextMentor') : t('mentorship.withdrawnNextMentee')}</p>
      <p className="actions">
        <Link className="btn btn-primary" to="/my-programs">
          {t('mentorship.toMyPrograms')}
        </Link>
        <Link className="btn btn-secondary" to="/mentorships">
          {t('mentorship.backToMentorships')}
        </Link>
      </p>
    </>
  )
}
