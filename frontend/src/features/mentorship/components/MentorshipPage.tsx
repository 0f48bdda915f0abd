import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useParams } from 'react-router'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ConfirmDialog } from '@/components/Dialog'
import { ErrorPage } from '@/components/ErrorPage'
import { Markdown } from '@/components/Markdown'
import { ProblemAlert } from '@/components/ProblemAlert'
import { isProblemError } from '@/api/problem'
import { useFormat } from '@/hooks/useFormat'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { ensurePairKey, pairSafetyNumber, useVault } from '@/lib/vault-session'
import { WITHDRAWAL_REASONS, useMentorship, useMentorshipAction, useProgramCharter, type Mentorship, type WithdrawalReason } from '../api/mentorships'
import { statusKey } from '../hooks/labels'
import { mentorshipProblems } from '../problems'
import { ActionPlanSection } from './ActionPlanSection'
import { ObjectivesSection } from './ObjectivesSection'
import { SessionsSection } from './SessionsSection'
import { ConsentSection } from './ConsentSection'
import { FeedbackSection } from './FeedbackSection'
import { IntroductionsSection } from './IntroductionsSection'
import { PrivateNotesSection } from './PrivateNotesSection'
import { ResourcesSection } from './ResourcesSection'
import '../mentorship.css'
import { partnerName } from './MentorshipsPage'
import { PairTrustNotice } from './PairTrustNotice'

function Proposal({ m }: { m: Mentorship }) {
  const { t } = useTranslation()
  const action = useMentorshipAction(m)
  const mine = m.my_side === 'mentor' ? m.mentor_accepted_at : m.mentee_accepted_at
  const partner = m.partner
  return (
    <Section title={t('mentorship.proposalTitle')}>
      {partner && (
        <dl className="profile" data-testid="partner-profile">
          <dt>{t('mentorship.partnerName')}</dt>
          <dd>
            {partner.given_name} {partner.family_name}
          </dd>
          <dt>{t('mentorship.partnerRole')}</dt>
          <dd>{m.my_side === 'mentor' ? t('mentorship.partnerIsMentee') : t('mentorship.partnerIsMentor')}</dd>
          {partner.job_title && (
            <>
              <dt>{t('mentorship.partnerJob')}</dt>
              <dd>{partner.job_title}</dd>
            </>
          )}
          <dt>{t('mentorship.partnerEmail')}</dt>
          <dd>
            <a href={`mailto:${partner.email}`}>{partner.email}</a>
          </dd>
        </dl>
      )}
      <p>{t('mentorship.whyProposed')}</p>
      {mine ? (
        <p>{t('mentorship.youAccepted')}</p>
      ) : (
        <>
          <p>{t('mentorship.proposalExplain')}</p>
          <Button disabled={action.isPending} onClick={() => action.mutate({ kind: 'accept' })}>
            {t('mentorship.accept')}
          </Button>{' '}
          <ConfirmDialog
            triggerLabel={t('mentorship.refuse')}
            title={t('mentorship.refuseTitle')}
            confirmLabel={t('mentorship.refuseConfirm')}
            onConfirm={() => action.mutateAsync({ kind: 'refuse' })}
            messages={mentorshipProblems}
          >
            <p>{t('mentorship.refuseExplain')}</p>
          </ConfirmDialog>
        </>
      )}
      <ProblemAlert error={action.error} messages={mentorshipProblems} />
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
      {charter.data && (
        <div className="charter-box" tabIndex={0} role="region" aria-label={t('mentorship.charterTextLabel', { version: String(version) })}>
          <Markdown>{charter.data.body_markdown}</Markdown>
        </div>
      )}
      <ProblemAlert error={charter.error} messages={mentorshipProblems} />
      {iSigned ? (
        <p>{t('mentorship.signed')}</p>
      ) : (
        charter.data && (
          <>
            <p>{t('mentorship.signExplain', { version: String(version) })}</p>
            <Button disabled={action.isPending} onClick={() => action.mutate({ kind: 'sign', charterVersion: version })}>
              {t('mentorship.sign')}
            </Button>
          </>
        )
      )}
      <p>{partnerSigned ? t('mentorship.partnerSigned') : t('mentorship.partnerNotSigned')}</p>
      <ProblemAlert error={action.error} messages={mentorshipProblems} />
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
      <ProblemAlert error={action.error} messages={mentorshipProblems} />
    </Section>
  )
}

function Withdraw({ m }: { m: Mentorship }) {
  const { t } = useTranslation()
  const action = useMentorshipAction(m)
  const navigate = useNavigate()
  const id = useId()
  const [reason, setReason] = useState<WithdrawalReason>('availability')
  const consequence = m.my_side === 'mentor' ? t('mentorship.withdrawNextMentor') : t('mentorship.withdrawNextMentee')
  return (
    <Section title={t('mentorship.withdrawTitle')}>
      <p>{t('mentorship.withdrawExplain')}</p>
      <ConfirmDialog
        triggerLabel={t('mentorship.withdraw')}
        title={t('mentorship.withdrawDialogTitle')}
        confirmLabel={t('mentorship.withdraw')}
        triggerVariant="danger"
        messages={mentorshipProblems}
        onConfirm={async () => {
          await action.mutateAsync({ kind: 'withdraw', reason })
          void navigate(`/mentorships/${m.id}/withdrawn`, { state: { side: m.my_side } })
        }}
      >
        <p>{consequence}</p>
        <div className="field">
          <label htmlFor={id}>{t('mentorship.withdrawReason')}</label>
          <select id={id} value={reason} onChange={(e) => setReason(e.target.value as WithdrawalReason)}>
            {WITHDRAWAL_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`mentorship.reasons.${r}`)}
              </option>
            ))}
          </select>
          <p className="field-hint">{t('mentorship.withdrawReasonHint')}</p>
        </div>
      </ConfirmDialog>
    </Section>
  )
}

/** Completion: either side asks, the other agrees; at the program's end one is enough. */
function Completion({ m }: { m: Mentorship }) {
  const { t } = useTranslation()
  const action = useMentorshipAction(m)
  const asked = m.completion_requested_by_side
  const iAsked = asked === m.my_side
  return (
    <Section title={t('mentorship.completeTitle')}>
      {iAsked ? (
        <p>{t('mentorship.completeWaiting')}</p>
      ) : (
        <>
          <p>{asked ? t('mentorship.completePartnerAsked') : t('mentorship.completeExplain')}</p>
          <ConfirmDialog
            triggerLabel={asked ? t('mentorship.completeAgree') : t('mentorship.completeAsk')}
            title={t('mentorship.completeDialogTitle')}
            confirmLabel={asked ? t('mentorship.completeAgree') : t('mentorship.completeAsk')}
            onConfirm={() => action.mutateAsync({ kind: 'complete' })}
            messages={mentorshipProblems}
          >
            <p>{asked ? t('mentorship.completeConsequenceFinal') : t('mentorship.completeConsequenceAsk')}</p>
          </ConfirmDialog>
        </>
      )}
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

/** The pair space's sections, one jump away (the page is long on a phone). */
function PairNav({ m, unlocked }: { m: Mentorship; unlocked: boolean }) {
  const { t } = useTranslation()
  const links: [string, string][] = [
    ...(m.status === 'active' ? ([['pair-sessions', t('mentorship.sessionsTitle')]] as [string, string][]) : []),
    ['pair-objectives', t('mentorship.objectivesTitle')],
    ['pair-actions', t('mentorship.actions.title')],
    ...(unlocked
      ? ([
          ['pair-resources', t('mentorship.resources.title')],
          ['pair-introductions', t('mentorship.intros.title')],
          ['pair-consent', t('mentorship.consent.title')],
          ['pair-notes', t('mentorship.notes.title')],
        ] as [string, string][])
      : ([['pair-introductions', t('mentorship.intros.title')]] as [string, string][])),
    ['pair-feedback', t('mentorship.feedback.title')],
  ]
  return (
    <nav className="pair-nav" aria-label={t('mentorship.navLabel')}>
      <ul>
        {links.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** What an ended mentorship says: how and when it ended. */
function Ended({ m }: { m: Mentorship }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <Alert tone="info">
      {t(`mentorship.endedAs.${m.status as 'completed' | 'withdrawn' | 'refused'}`, { date: m.ended_at ? format.date(m.ended_at) : '' })}
    </Alert>
  )
}

export function MentorshipPage() {
  const { t } = useTranslation()
  const { mentorshipId = '' } = useParams()
  const location = useLocation()
  const query = useMentorship(mentorshipId)
  const keys = useVault()
  if (query.isPending) return <Loading />
  if (!query.data)
    return <ErrorPage problem={isProblemError(query.error) ? query.error.problem : undefined} messages={mentorshipProblems} title={t('mentorship.notFound')} />
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
      {(!ended || m.status === 'completed') &&
        (keys ? (
          <>
            <PairTrustNotice mentorshipId={m.id} partnerId={m.my_side === 'mentor' ? m.mentee_id : m.mentor_id} partnerName={partnerName(m)} />
            <PairKeyAndSafety m={m} userId={keys.identity.userId} />
          </>
        ) : (
          <Alert tone="info">
            {t('mentorship.vaultLocked')} <Link to={`/vault?next=${encodeURIComponent(location.pathname)}`}>{t('mentorship.openVault')}</Link>
          </Alert>
        ))}
      {m.status === 'active' && m.my_side === 'mentor' && <FirstMeeting m={m} />}
      {(m.status === 'active' || m.status === 'completed') && <PairNav m={m} unlocked={keys !== null} />}
      {m.status === 'active' && (
        <div id="pair-sessions">
          <SessionsSection mentorshipId={m.id} unlocked={keys !== null} myId={keys?.identity.userId ?? null} canWrite={m.i_am_current_member} mySide={m.my_side} />
        </div>
      )}
      {(m.status === 'active' || m.status === 'completed') && (
        <>
          <div id="pair-objectives">
            <ObjectivesSection mentorshipId={m.id} unlocked={keys !== null} canWrite={m.status === 'active' && m.i_am_current_member} />
          </div>
          <div id="pair-actions">
            <ActionPlanSection mentorshipId={m.id} unlocked={keys !== null} canWrite={m.status === 'active' && m.i_am_current_member} mySide={m.my_side} />
          </div>
          <div id="pair-resources">
            <ResourcesSection mentorshipId={m.id} unlocked={keys !== null} myId={keys?.identity.userId ?? null} canWrite={m.status === 'active' && m.i_am_current_member} />
          </div>
          <div id="pair-introductions">
            <IntroductionsSection mentorshipId={m.id} unlocked={keys !== null} canWrite={m.status === 'active' && m.i_am_current_member} mySide={m.my_side} />
          </div>
          <div id="pair-consent">
            <ConsentSection mentorshipId={m.id} unlocked={keys !== null} canWrite={m.status === 'active' && m.i_am_current_member} mySide={m.my_side} />
          </div>
          <div id="pair-notes">
            <PrivateNotesSection mentorshipId={m.id} unlocked={keys !== null} canWrite={m.i_am_current_member} />
          </div>
          <div id="pair-feedback">
            <FeedbackSection mentorshipId={m.id} unlocked={keys !== null} status={m.status} canWrite={m.i_am_current_member} />
          </div>
        </>
      )}
      {m.status === 'active' && m.i_am_current_member && <Completion m={m} />}
      {ended && <Ended m={m} />}
      {(m.status === 'active' || m.status === 'accepted') && m.i_am_current_member && <Withdraw m={m} />}
    </>
  )
}
