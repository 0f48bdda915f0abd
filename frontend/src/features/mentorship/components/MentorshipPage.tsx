import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useParams } from 'react-router'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { ensurePairKey, pairSafetyNumber, useVault } from '@/lib/vault-session'
import { WITHDRAWAL_REASONS, useMentorship, useMentorshipAction, useProgramCharter, type Mentorship, type WithdrawalReason } from '../api/mentorships'
import { statusKey } from '../hooks/labels'
import { ObjectivesSection } from './ObjectivesSection'
import { SessionsSection } from './SessionsSection'
import { partnerName } from './MentorshipsPage'

function Proposal({ m }: { m: Mentorship }) {
  const { t } = useTranslation()
  const action = useMentorshipAction(m)
  const mine = m.my_side === 'mentor' ? m.mentor_accepted_at : m.mentee_accepted_at
  return (
    <Section title={t('mentorship.proposalTitle')}>
      {mine ? (
        <p>{t('mentorship.youAccepted')}</p>
      ) : (
        <>
          <p>{t('mentorship.proposalExplain')}</p>
          <Button disabled={action.isPending} onClick={() => action.mutate({ kind: 'accept' })}>
            {t('mentorship.accept')}
          </Button>{' '}
          <Button variant="secondary" disabled={action.isPending} onClick={() => action.mutate({ kind: 'refuse' })}>
            {t('mentorship.refuse')}
          </Button>
        </>
      )}
      {action.isError && <Alert tone="error">{t('mentorship.failed')}</Alert>}
    </Section>
  )
}

function Charter({ m }: { m: Mentorship }) {
  const { t } = useTranslation()
  const charter = useProgramCharter(m.program_id)
  const action = useMentorshipAction(m)
  const version = m.charter.current_version
  if (version === null) return null
  const iSigned = m.my_side === 'mentor' ? m.charter.mentor_signed : m.charter.mentee_signed
  const partnerSigned = m.my_side === 'mentor' ? m.charter.mentee_signed : m.charter.mentor_signed
  return (
    <Section title={t('mentorship.charterTitle')}>
      <p>{t('mentorship.charterExplain')}</p>
      <p>{t('mentorship.charterVersion', { version: String(version) })}</p>
      {charter.data && <pre className="charter-text">{charter.data.body_markdown}</pre>}
      {iSigned ? (
        <p>{t('mentorship.signed')}</p>
      ) : (
        <Button disabled={action.isPending} onClick={() => action.mutate({ kind: 'sign', charterVersion: version })}>
          {t('mentorship.sign')}
        </Button>
      )}
      <p>{partnerSigned ? t('mentorship.partnerSigned') : t('mentorship.partnerNotSigned')}</p>
      {action.isError && <Alert tone="error">{t('mentorship.failed')}</Alert>}
    </Section>
  )
}

function FirstMeeting({ m }: { m: Mentorship }) {
  const { t } = useTranslation()
  const action = useMentorshipAction(m)
  return (
    <Section title={t('mentorship.firstMeetingTitle')}>
      {m.first_meeting_confirmed_at ? (
        <p>{t('mentorship.firstMeetingDone')}</p>
      ) : (
        <>
          <p>{t('mentorship.firstMeetingExplain')}</p>
          <Button disabled={action.isPending} onClick={() => action.mutate({ kind: 'firstMeeting' })}>
            {t('mentorship.confirmFirstMeeting')}
          </Button>
        </>
      )}
    </Section>
  )
}

function Withdraw({ m }: { m: Mentorship }) {
  const { t } = useTranslation()
  const action = useMentorshipAction(m)
  const id = useId()
  const [reason, setReason] = useState<WithdrawalReason>('availability')
  return (
    <Section title={t('mentorship.withdrawTitle')}>
      <p>{t('mentorship.withdrawExplain')}</p>
      <label htmlFor={id}>{t('mentorship.withdrawReason')}</label>{' '}
      <select id={id} value={reason} onChange={(e) => setReason(e.target.value as WithdrawalReason)}>
        {WITHDRAWAL_REASONS.map((r) => (
          <option key={r} value={r}>
            {t(`mentorship.reasons.${r}`)}
          </option>
        ))}
      </select>{' '}
      <Button variant="secondary" disabled={action.isPending} onClick={() => action.mutate({ kind: 'withdraw', reason })}>
        {t('mentorship.withdraw')}
      </Button>
      {action.isError && <Alert tone="error">{t('mentorship.failed')}</Alert>}
    </Section>
  )
}

/** Pair key (epoch 1 made here when due) and the safety number from the partner's bundle. */
function PairKeyAndSafety({ m, userId }: { m: Mentorship; userId: string }) {
  const { t } = useTranslation()
  const accepted = m.my_side === 'mentor' ? m.mentor_accepted_at : m.mentee_accepted_at
  const pair = useQuery({
    queryKey: ['vault-pair', m.id, userId, accepted !== null],
    queryFn: async () => {
      const state = accepted ? await ensurePairKey(m.id) : 'waiting'
      const partnerId = m.my_side === 'mentor' ? m.mentee_id : m.mentor_id
      let safety: string | null = null
      try {
        safety = await pairSafetyNumber(partnerId)
      } catch {
        safety = null // the partner has no vault yet
      }
      return { state, safety }
    },
    refetchInterval: (q) => (q.state.data?.state === 'ready' ? false : 5000),
  })
  return (
    <Section title={t('mentorship.safetyTitle')}>
      {pair.data?.state === 'waiting' && <p>{t('mentorship.keyWaiting')}</p>}
      {pair.data?.safety && (
        <>
          <p>{t('mentorship.safetyExplain')}</p>
          <p className="safety-number" data-testid="safety-number">
            {pair.data.safety}
          </p>
        </>
      )}
    </Section>
  )
}

export function MentorshipPage() {
  const { t } = useTranslation()
  const { mentorshipId = '' } = useParams()
  const location = useLocation()
  const query = useMentorship(mentorshipId)
  const keys = useVault()
  if (query.isPending) return <Loading />
  if (!query.data) return <Alert tone="error">{t('mentorship.notFound')}</Alert>
  const m = query.data
  const ended = ['completed', 'refused', 'withdrawn'].includes(m.status)
  return (
    <>
      <PageTitle>{t('mentorship.detailTitle', { name: partnerName(m) })}</PageTitle>
      <p>
        {m.my_side === 'mentor' ? t('mentorship.asMentor') : t('mentorship.asMentee')} · {t('mentorship.statusLabel')} {t(statusKey(m.status))}
      </p>
      {m.status === 'proposed' && <Proposal m={m} />}
      {(m.status === 'proposed' || m.status === 'accepted') && <Charter m={m} />}
      {!ended &&
        (keys ? (
          <PairKeyAndSafety m={m} userId={keys.identity.userId} />
        ) : (
          <Alert tone="info">
            {t('mentorship.vaultLocked')} <Link to={`/vault?next=${encodeURIComponent(location.pathname)}`}>{t('mentorship.openVault')}</Link>
          </Alert>
        ))}
      {m.status === 'active' && m.my_side === 'mentor' && <FirstMeeting m={m} />}
      {(m.status === 'active' || m.status === 'completed') && (
        <ObjectivesSection mentorshipId={m.id} unlocked={keys !== null} canWrite={m.status === 'active' && m.i_am_current_member} />
      )}
      {m.status === 'active' && <SessionsSection mentorshipId={m.id} unlocked={keys !== null} />}
      {(m.status === 'active' || m.status === 'accepted') && <Withdraw m={m} />}
    </>
  )
}
