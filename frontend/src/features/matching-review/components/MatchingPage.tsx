import { useState, type FormEvent } from 'react'
import type { ParseKeys } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ConfirmDialog } from '@/components/Dialog'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { ProblemAlert } from '@/components/ProblemAlert'
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
  useQuestionLabels,
  useRun,
  type Proposal,
  type Run,
  type Words,
} from '../api/matching'
import type { QuestionLabels } from '../model/explain'
import { MATCHING_PROBLEMS } from '../problems'
import { Breakdown } from './Breakdown'
import { ExclusionsSection } from './ExclusionsSection'
import { ScoreBar } from './ScoreBar'
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

type CardProps = { proposal: Proposal; programId: string; editable: boolean; questions: QuestionLabels }

function ProposalCard({ proposal, programId, editable, questions }: CardProps) {
  const { t } = useTranslation()
  const act = useProposalAction(programId, proposal.run_id)
  const pair = t('matchingReview.pair', { mentee: fullName(proposal.mentee), mentor: fullName(proposal.mentor) })
  const origin = proposal.origin === 'matching' ? '' : t(`matchingReview.origin.${proposal.origin}`)
  return (
    <li className="proposal">
      <h3>
        {pair}
        {proposal.pinned && <span className="badge">{t('matchingReview.pinned')}</span>}
        {origin && <span className="badge">{origin}</span>}
      </h3>
      <ScoreBar score={proposal.score} />
      <Breakdown items={proposal.breakdown} questions={questions} />
      {proposal.hierarchy_distance !== null && (
        <p>{t('matchingReview.hierarchy', { count: proposal.hierarchy_distance })}</p>
      )}
      {proposal.override_reason && <p>{t('matchingReview.overridden', { reason: proposal.override_reason })}</p>}
      <ProblemAlert error={act.error} messages={MATCHING_PROBLEMS} />
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
        <ul className="unmatched-list">
          {run.unmatched.map((item) => {
            const key = `matchingReview.reasons.${item.reason}` as ParseKeys
            return (
              <li key={item.mentee.id}>
                <strong>{fullName(item.mentee)}</strong>
                {' : '}
                {i18n.exists(key) ? String(t(key)) : t('matchingReview.reasons.other')}
                {item.priority && <span className="badge">{t('matchingReview.priority')}</span>}
              </li>
            )
          })}
        </ul>
      )}
    </Section>
  )
}

function ManualPairForm({ programId, runId, questions }: { programId: string; runId: string; questions: QuestionLabels }) {
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
    add.reset()
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
          setPair({ menteeId: '', mentorId: '' })
        },
      },
    )
  }

  const result = check.data
  const current = result && result.mentee_id === pair.menteeId && result.mentor_id === pair.mentorId
  return (
    <Section title={t(`${m}.title`)}>
      <p>{t(`${m}.intro`)}</p>
      {add.isSuccess && <Alert tone="success">{t(`${m}.added`)}</Alert>}
      <ProblemAlert error={add.error ?? check.error} messages={MATCHING_PROBLEMS} />
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
        <div className="pair-check" aria-live="polite">
          <p className="hierarchy-check">
            <strong>{t(`${m}.hierarchyTitle`)}</strong>{' '}
            {result.hierarchy_distance === null
              ? t(`${m}.noHierarchy`)
              : t(`${m}.hierarchy`, { count: result.hierarchy_distance })}
          </p>
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
              <p>{result.overridable ? t(`${m}.overridable`) : t(`${m}.notOverridable`)}</p>
            </Alert>
          )}
          <ScoreBar score={result.score} />
          <Breakdown items={result.breakdown} questions={questions} />
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

function stat(run: Run, key: string): number {
  const value = run.stats[key]
  return typeof value === 'number' ? value : 0
}

function RunReview({ programId, run, questions }: { programId: string; run: Run; questions: QuestionLabels }) {
  const { t } = useTranslation()
  const format = useFormat()
  const publish = usePublishRun(programId, run.id)
  const editable = run.status === 'draft'
  const count = run.proposals.length
  const noCriteria = count > 0 && run.proposals.every((p) => p.breakdown.length === 0)
  const nobody = count === 0 && run.unmatched.length === 0
  return (
    <>
      <p>
        {t('matchingReview.runInfo', { date: format.dateTime(run.created_at), status: t(`matchingReview.runStatus.${run.status}`) })}
      </p>
      {publish.isSuccess && (
        <Alert tone="success">
          {t('matchingReview.published', { count: publish.data.mentorship_ids.length })}{' '}
          <Link to={`/programs/${programId}/pairs`}>{t('matchingReview.seePairs')}</Link>
        </Alert>
      )}
      {nobody ? (
        <Section title={t('matchingReview.proposals')}>
          <p className="empty-state">{t('matchingReview.nobody')}</p>
        </Section>
      ) : (
        <>
          <Section title={t('matchingReview.proposals')}>
            <p>
              {t('matchingReview.summary', {
                proposals: t('matchingReview.summaryProposals', { count }),
                mentees: t('matchingReview.summaryMentees', { count: stat(run, 'mentees') || count + run.unmatched.length }),
                mentors: t('matchingReview.summaryMentors', { count: stat(run, 'mentors') }),
              })}
            </p>
            {noCriteria && <Alert tone="info">{t('matchingReview.noCriteria')}</Alert>}
            {count === 0 ? (
              <p className="empty-state">{t('matchingReview.onlyUnmatched')}</p>
            ) : (
              <ul className="proposal-list">
                {run.proposals.map((proposal) => (
                  <ProposalCard key={proposal.id} proposal={proposal} programId={programId} editable={editable} questions={questions} />
                ))}
              </ul>
            )}
            {editable && count > 0 && (
              <ConfirmDialog
                triggerLabel={t('matchingReview.publish')}
                triggerVariant="primary"
                title={t('matchingReview.publishTitle')}
                confirmLabel={t('matchingReview.publishConfirm', { count })}
                onConfirm={() => publish.mutateAsync()}
                messages={MATCHING_PROBLEMS}
              >
                <p>{t('matchingReview.publishBody', { count })}</p>
              </ConfirmDialog>
            )}
          </Section>
          {editable && count > 1 && <SwapForm programId={programId} run={run} />}
          <Unmatched run={run} />
        </>
      )}
      {editable && <ManualPairForm programId={programId} runId={run.id} questions={questions} />}
    </>
  )
}

/** Run matching, review the explained proposals, adjust by hand within the charter's rules, publish. */
export function MatchingPage() {
  const { t, i18n } = useTranslation()
  const { programId = '' } = useParams()
  const name = useProgramName(programId)
  const latest = useLatestRunId(programId)
  const run = useRun(programId, latest.data)
  const create = useCreateRun(programId)
  const questions = useQuestionLabels(programId, i18n.language)
  return (
    <>
      <p>
        <Link to={`/programs/${programId}`}>{t('matchingReview.back')}</Link>
      </p>
      <PageTitle>{t('matchingReview.title', { program: name.data ?? '' })}</PageTitle>
      <p>{t('matchingReview.intro')}</p>
      <p>
        <Link to={`/programs/${programId}/pairs`}>{t('matchingReview.seePairs')}</Link>
      </p>
      <ProblemAlert error={create.error} messages={MATCHING_PROBLEMS} />
      <p>
        <Button onClick={() => create.mutate()} disabled={create.isPending}>
          {latest.data ? t('matchingReview.rerun') : t('matchingReview.run')}
        </Button>
      </p>
      {(latest.isPending || (latest.data && run.isPending)) && <Loading />}
      <ProblemAlert error={latest.error ?? run.error} messages={MATCHING_PROBLEMS} />
      {latest.data === null && <p className="empty-state">{t('matchingReview.noRun')}</p>}
      {run.data && <RunReview programId={programId} run={run.data} questions={questions.data ?? {}} />}
      <ExclusionsSection programId={programId} />
      <SettingsSection programId={programId} />
    </>
  )
}
