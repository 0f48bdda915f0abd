import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { SelectField } from '@/components/SelectField'
import { useFormat } from '@/hooks/useFormat'
import { usePairs, useProgramName, useRematches, type PairFollowUp } from '../api/matching'
import { MATCHING_PROBLEMS } from '../problems'
import '../matching.css'

const STATES = ['proposed', 'accepted', 'active', 'completed', 'refused', 'withdrawn'] as const

function lastSession(pair: PairFollowUp): string | null {
  const held = pair.sessions.filter((s) => s.status === 'held').map((s) => s.starts_at)
  return held.length === 0 ? null : held.sort().at(-1) ?? null
}

function nextSession(pair: PairFollowUp): string | null {
  const now = new Date().toISOString()
  const upcoming = pair.sessions.filter((s) => s.status === 'scheduled' && s.starts_at >= now).map((s) => s.starts_at)
  return upcoming.sort()[0] ?? null
}

function PairItem({ pair }: { pair: PairFollowUp }) {
  const { t } = useTranslation()
  const format = useFormat()
  const p = 'matchingReview.pairs'
  const last = lastSession(pair)
  const next = nextSession(pair)
  const known = (STATES as readonly string[]).includes(pair.status)
  return (
    <li>
      <h3>
        {t('matchingReview.pair', { mentee: pair.mentee_name, mentor: pair.mentor_name })}{' '}
        <span className={`badge badge-pair-${pair.status}`}>
          {known ? t(`${p}.states.${pair.status as (typeof STATES)[number]}`) : t(`${p}.states.other`)}
        </span>
      </h3>
      <dl>
        <dt>{t(`${p}.proposedOn`)}</dt>
        <dd>{format.shortDate(pair.created_at)}</dd>
        {pair.activated_at && (
          <>
            <dt>{t(`${p}.startedOn`)}</dt>
            <dd>{format.shortDate(pair.activated_at)}</dd>
          </>
        )}
        {pair.ended_at && (
          <>
            <dt>{t(`${p}.endedOn`)}</dt>
            <dd>{format.shortDate(pair.ended_at)}</dd>
          </>
        )}
        <dt>{t(`${p}.held`)}</dt>
        <dd>{t(`${p}.sessions`, { count: pair.sessions_held })}</dd>
        <dt>{t(`${p}.last`)}</dt>
        <dd>{last ? format.shortDate(last) : t(`${p}.none`)}</dd>
        {next && (
          <>
            <dt>{t(`${p}.next`)}</dt>
            <dd>{format.dateTime(next)}</dd>
          </>
        )}
      </dl>
    </li>
  )
}

/** The program's pairs once published: state, dates and sessions (metadata only), and who waits for a new mentor. */
export function PairsPage() {
  const { t } = useTranslation()
  const format = useFormat()
  const { programId = '' } = useParams()
  const name = useProgramName(programId)
  const pairs = usePairs(programId)
  const rematches = useRematches(programId)
  const [state, setState] = useState('')
  const p = 'matchingReview.pairs'
  const items = (pairs.data?.items ?? []).filter((pair) => !state || pair.status === state)
  return (
    <>
      <p>
        <Link to={`/programs/${programId}`}>{t('matchingReview.back')}</Link>
      </p>
      <PageTitle>{t(`${p}.title`, { program: name.data ?? '' })}</PageTitle>
      <p>{t(`${p}.intro`)}</p>
      <Section title={t(`${p}.rematchTitle`)}>
        {rematches.isPending && <Loading />}
        <ProblemAlert error={rematches.error} messages={MATCHING_PROBLEMS} />
        {rematches.data?.length === 0 && <p className="empty-state">{t(`${p}.noRematch`)}</p>}
        {rematches.data && rematches.data.length > 0 && (
          <>
            <p>{t(`${p}.rematchIntro`)}</p>
            <ul className="unmatched-list">
              {rematches.data.map((r) => (
                <li key={r.participant_id}>
                  <strong>{`${r.mentee.given_name} ${r.mentee.family_name}`}</strong>
                  {r.withdrawn_at && ` — ${t(`${p}.withdrawnOn`, { date: format.shortDate(r.withdrawn_at) })}`}
                </li>
              ))}
            </ul>
            <p>
              <Link to={`/programs/${programId}/matching`}>{t(`${p}.rematchAction`)}</Link>
            </p>
          </>
        )}
      </Section>
      <Section title={t(`${p}.listTitle`)}>
        {pairs.isPending && <Loading />}
        <ProblemAlert error={pairs.error} messages={MATCHING_PROBLEMS} />
        {pairs.data && pairs.data.items.length === 0 && (
          <p className="empty-state">
            {t(`${p}.empty`)} <Link to={`/programs/${programId}/matching`}>{t(`${p}.toMatching`)}</Link>
          </p>
        )}
        {pairs.data && pairs.data.items.length > 0 && (
          <>
            <div className="filters">
              <SelectField
                label={t(`${p}.filter`)}
                name="state"
                value={state}
                onChange={(event) => setState(event.target.value)}
                options={[
                  { value: '', label: t(`${p}.all`) },
                  ...STATES.map((s) => ({ value: s, label: t(`${p}.states.${s}`) })),
                ]}
              />
            </div>
            <p aria-live="polite">{t(`${p}.count`, { count: items.length })}</p>
            <ul className="pairs-list">
              {items.map((pair) => (
                <PairItem key={pair.id} pair={pair} />
              ))}
            </ul>
          </>
        )}
      </Section>
    </>
  )
}
