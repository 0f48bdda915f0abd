import { useState, type FormEvent } from 'react'
import type { ParseKeys } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { SelectField } from '@/components/SelectField'
import { TextAreaField } from '@/components/TextAreaField'
import { useFormat } from '@/hooks/useFormat'
import {
  useAddManualPair,
  useCheckPair,
  useCreateRun,
  useLatestRunId,
  usePeopleByRole,
  useProgramName,
  useProposalAction,
  usePublishRun,
  useRun,
  type Proposal,
  type Run,
  type Words,
} from '../api/matching'
import { ExclusionsSection } from './ExclusionsSection'
import { SettingsSection } from './SettingsSection'
import { SwapForm } from './SwapForm'
import '../matching.css'

function useWords() {
  const { i18n } = useTranslation()
  return (words: Words) => (i18n.language === 'en' ? words.en : words.fr)
}

function fullName(person: { given_name: string; family_name: string }) {
  return `${person.given_name} ${person.family_name}`
}

function ErrorMessage({ error }: { error: Error }) {
  const { t } = useTranslation()
  return <Alert tone="error">{t('matchingReview.errors.generic', { detail: error.message })}</Alert>
}

function ProposalCard({ proposal, programId, editable }: { proposal: Proposal; programId: string; editable: boolean }) {
  const { t } = useTranslation()
  const words = useWords()
  const act = useProposalAction(programId, proposal.run_id)
  const pair = t('matchingReview.pair', { mentee: fullName(proposal.mentee), mentor: fullName(proposal.mentor) })
  return (
    <li className="proposal">
      <h3>{pair}</h3>
      <p>
        <strong>{t('matchingReview.score', { score: String(Math.round(proposal.score)) })}</strong>
        {proposal.pinned && <span className="badge">{t('matchingReview.pinned')}</span>}
      </p>
      {proposal.breakdown.length > 0 && (
        <>
          <p className="muted">{t('matchingReview.why')}</p>
          <ul>
            {proposal.breakdown.map((item) => (
              <li key={item.criterion}>
                {words(item.text)}{' '}
                <span className="muted">
                  {`(${t('matchingReview.points', { points: String(Math.round(item.points * 10) / 10), max: String(item.max_points) })})`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {proposal.hierarchy_distance !== null && (
        <p>{t('matchingReview.hierarchy', { count: proposal.hierarchy_distance })}</p>
      )}
      {proposal.override_reason && (
        <p>{t('matchingReview.overridden', { reason: proposal.override_reason })}</p>
      )}
      {act.isError && <ErrorMessage error={act.error} />}
      {editable && (
        <p className="actions">
          <Button
            variant="secondary"
            disabled={act.isPending}
            onClick={() => act.mutate({ proposalId: proposal.id, action: proposal.pinned ? 'unpin' : 'pin' })}
          >
            {proposal.pinned ? t('matchingReview.unpin', { pair }) : t('matchingReview.pin', { pair })}
          </Button>
          <Button
            variant="secondary"
            disabled={act.isPending}
            onClick={() => act.mutate({ proposalId: proposal.id, action: 'exclude' })}
          >
            {t('matchingReview.exclude', { pair })}
          </Button>
        </p>
      )}
    </li>
  )
}

function Unmatched({ run }: { run: Run }) {
  const { t, i18n } = useTranslation()
  return (
    <Section title={t('matchingReview.unmatched')}>
      {run.unmatched.length === 0 ? (
        <p className="empty-state">{t('matchingReview.noUnmatched')}</p>
      ) : (
        <ul>
          {run.unmatched.map((item) => {
            const key = `matchingReview.reasons.${item.reason}` as ParseKeys
            return (
              <li key={item.mentee.id}>
                {fullName(item.mentee)}
                {' : '}
                {i18n.exists(key) ? String(t(key)) : item.reason}
                {item.priority && ` — ${t('matchingReview.priority')}`}
              </li>
            )
          })}
        </ul>
      )}
    </Section>
  )
}

function ManualPairForm({ programId, runId }: { programId: string; runId: string }) {
  const { t } = useTranslation()
  const words = useWords()
  const people = usePeopleByRole(programId)
  const check = useCheckPair(programId)
  const add = useAddManualPair(programId, runId)
  const [pair, setPair] = useState({ menteeId: '', mentorId: '' })
  const [reason, setReason] = useState('')
  const [needReason, setNeedReason] = useState(false)
  const m = 'matchingReview.manual'
  const choose = { value: '', label: t(`${m}.choose`) }

  function onCheck(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pair.menteeId && pair.mentorId) check.mutate(pair)
  }

  function onAdd() {
    const result = check.data
    if (!result) return
    if (!result.allowed && reason.trim() === '') {
      setNeedReason(true)
      return
    }
    setNeedReason(false)
    add.mutate(
      { mentee_id: pair.menteeId, mentor_id: pair.mentorId, override_reason: result.allowed ? null : reason.trim() },
      {
        onSuccess: () => {
          check.reset()
          setReason('')
        },
      },
    )
  }

  const result = check.data
  const current = result && result.mentee_id === pair.menteeId && result.mentor_id === pair.mentorId
  return (
    <Section title={t(`${m}.title`)}>
      {add.isSuccess && <Alert tone="success">{t(`${m}.added`)}</Alert>}
      {add.isError && <ErrorMessage error={add.error} />}
      {check.isError && <ErrorMessage error={check.error} />}
      <form onSubmit={onCheck}>
        <div className="field-row">
          <SelectField
            label={t(`${m}.mentee`)}
            name="mentee_id"
            value={pair.menteeId}
            onChange={(event) => setPair({ ...pair, menteeId: event.target.value })}
            options={[choose, ...(people.data?.mentees ?? []).map((p) => ({ value: p.id, label: p.name }))]}
          />
          <SelectField
            label={t(`${m}.mentor`)}
            name="mentor_id"
            value={pair.mentorId}
            onChange={(event) => setPair({ ...pair, mentorId: event.target.value })}
            options={[choose, ...(people.data?.mentors ?? []).map((p) => ({ value: p.id, label: p.name }))]}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={check.isPending || !pair.menteeId || !pair.mentorId}>
          {t(`${m}.check`)}
        </Button>
      </form>
      {result && current && (
        <div className="pair-check">
          {result.allowed ? (
            <Alert tone="success">{t(`${m}.allowed`, { score: String(Math.round(result.score)) })}</Alert>
          ) : (
            <Alert tone="error">
              <p>{t(`${m}.refused`)}</p>
              <ul>
                {result.reasons.map((r) => (
                  <li key={r.code}>{words(r.text)}</li>
                ))}
              </ul>
              {result.hierarchy_distance !== null && (
                <p>{t(`${m}.hierarchy`, { count: result.hierarchy_distance })}</p>
              )}
              {!result.overridable && <p>{t(`${m}.notOverridable`)}</p>}
            </Alert>
          )}
          {!result.allowed && result.overridable && (
            <TextAreaField
              label={t(`${m}.overrideReason`)}
              name="override_reason"
              rows={3}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={needReason ? t(`${m}.needReason`) : undefined}
            />
          )}
          {(result.allowed || result.overridable) && (
            <Button onClick={onAdd} disabled={add.isPending}>
              {result.allowed ? t(`${m}.add`) : t(`${m}.addWithOverride`)}
            </Button>
          )}
        </div>
      )}
    </Section>
  )
}

function RunReview({ programId, run }: { programId: string; run: Run }) {
  const { t } = useTranslation()
  const format = useFormat()
  const publish = usePublishRun(programId, run.id)
  const editable = run.status === 'draft'
  return (
    <>
      <p>{t('matchingReview.runInfo', { date: format.date(run.created_at), status: t(`matchingReview.runStatus.${run.status}`) })}</p>
      {publish.isSuccess && (
        <Alert tone="success">{t('matchingReview.published', { count: publish.data.mentorship_ids.length })}</Alert>
      )}
      {publish.isError && <ErrorMessage error={publish.error} />}
      <Section title={t('matchingReview.proposals')}>
        {run.proposals.length === 0 ? (
          <p className="empty-state">{t('matchingReview.noProposals')}</p>
        ) : (
          <ul className="proposal-list">
            {run.proposals.map((proposal) => (
              <ProposalCard key={proposal.id} proposal={proposal} programId={programId} editable={editable} />
            ))}
          </ul>
        )}
        {editable && run.proposals.length > 0 && (
          <Button onClick={() => publish.mutate()} disabled={publish.isPending}>
            {t('matchingReview.publish')}
          </Button>
        )}
      </Section>
      {editable && run.proposals.length > 1 && <SwapForm programId={programId} run={run} />}
      <Unmatched run={run} />
      {editable && <ManualPairForm programId={programId} runId={run.id} />}
    </>
  )
}

/** Run matching, review the explained proposals, adjust by hand within the charter's rules, publish. */
export function MatchingPage() {
  const { t } = useTranslation()
  const { programId = '' } = useParams()
  const name = useProgramName(programId)
  const latest = useLatestRunId(programId)
  const run = useRun(programId, latest.data)
  const create = useCreateRun(programId)
  return (
    <>
      <p>
        <Link to={`/programs/${programId}`}>{t('matchingReview.back')}</Link>
      </p>
      <PageTitle>{t('matchingReview.title', { program: name.data ?? '' })}</PageTitle>
      <p>{t('matchingReview.intro')}</p>
      {create.isError && <ErrorMessage error={create.error} />}
      <p>
        <Button onClick={() => create.mutate()} disabled={create.isPending}>
          {latest.data ? t('matchingReview.rerun') : t('matchingReview.run')}
        </Button>
      </p>
      {(latest.isPending || (latest.data && run.isPending)) && <Loading />}
      {latest.isError && <ErrorMessage error={latest.error} />}
      {latest.data === null && <p className="empty-state">{t('matchingReview.noRun')}</p>}
      {run.data && <RunReview programId={programId} run={run.data} />}
      <ExclusionsSection programId={programId} />
      <SettingsSection programId={programId} />
    </>
  )
}
