import type { ParseKeys } from 'i18next'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { SelectField } from '@/components/SelectField'
import { TextAreaField } from '@/components/TextAreaField'
import { TextField } from '@/components/TextField'
import { useFormat } from '@/hooks/useFormat'
import {
  useInviteCsv,
  useInviteParticipants,
  useParticipants,
  usePeopleSearch,
  useUnits,
  type InvitationReport,
  type Participant,
  type ParticipantRole,
} from '../api/participants'
import type { Program } from '../api/programs'
import { PROGRAM_PROBLEMS } from '../problems'

const ROLES: ParticipantRole[] = ['mentee', 'mentor']
const STATES = ['invited', 'applied', 'eligible', 'ineligible', 'declined', 'active', 'withdrawn'] as const
const p = 'programsAdmin.participants'

function Report({ report }: { report: InvitationReport }) {
  const { t, i18n } = useTranslation()
  return (
    <Alert tone={report.invited.length > 0 ? 'success' : 'info'}>
      <p>{t(`${p}.reportInvited`, { count: report.invited.length })}</p>
      {report.skipped.length > 0 && (
        <>
          <p>{t(`${p}.reportSkipped`, { count: report.skipped.length })}</p>
          <ul>
            {report.skipped.map((skip, index) => {
              const key = `${p}.skipped.${skip.code}` as ParseKeys
              return (
                <li key={`${skip.person_id ?? skip.email ?? index}`}>
                  {skip.email ?? t(`${p}.someone`)}
                  {' : '}
                  {i18n.exists(key) ? String(t(key)) : t(`${p}.skipped.other`)}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </Alert>
  )
}

/** Invitations only go out once enrolment is open: say it before anyone tries. */
function DraftNotice({ program }: { program: Program }) {
  const { t } = useTranslation()
  if (program.status === 'enrolment_open' || program.status === 'running') return null
  return <Alert tone="info">{t(program.status === 'draft' ? `${p}.draftNotice` : `${p}.closedNotice`)}</Alert>
}

function ParticipantList({ participants }: { participants: Participant[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [role, setRole] = useState('')
  const [state, setState] = useState('')
  const shown = participants.filter((x) => (!role || x.role === role) && (!state || x.state === state))
  const counts = Object.fromEntries(STATES.map((s) => [s, participants.filter((x) => x.state === s).length]))
  return (
    <>
      <p>
        {STATES.filter((s) => (counts[s] ?? 0) > 0)
          .map((s) => t(`${p}.stateCount`, { count: counts[s] ?? 0, state: t(`${p}.states.${s}`).toLowerCase() }))
          .join(' · ')}
      </p>
      <div className="filters">
        <SelectField
          label={t(`${p}.filterRole`)}
          name="filter_role"
          value={role}
          onChange={(event) => setRole(event.target.value)}
          options={[{ value: '', label: t(`${p}.allRoles`) }, ...ROLES.map((r) => ({ value: r, label: t(`${p}.roles.${r}`) }))]}
        />
        <SelectField
          label={t(`${p}.filterState`)}
          name="filter_state"
          value={state}
          onChange={(event) => setState(event.target.value)}
          options={[{ value: '', label: t(`${p}.allStates`) }, ...STATES.map((s) => ({ value: s, label: t(`${p}.states.${s}`) }))]}
        />
      </div>
      <p aria-live="polite" className="muted">
        {t(`${p}.shown`, { count: shown.length })}
      </p>
      <ul className="participant-list">
        {shown.map((participant) => (
          <li key={participant.id}>
            <span>
              <strong>
                {participant.person.given_name} {participant.person.family_name}
              </strong>{' '}
              <span className="muted">{participant.person.email}</span>
            </span>
            <span>
              {t(`${p}.roles.${participant.role}`)}
              {' · '}
              <span className={`badge badge-state-${participant.state}`}>{t(`${p}.states.${participant.state}`)}</span>
              {participant.invited_at && participant.state === 'invited' && (
                <span className="muted"> {t(`${p}.invitedOn`, { date: format.shortDate(participant.invited_at) })}</span>
              )}
            </span>
            <span className="muted">
              {participant.answers_complete ? t(`${p}.answersDone`) : t(`${p}.answersMissing`)}
              {' · '}
              {participant.signed_current_charter ? t(`${p}.charterSigned`) : t(`${p}.charterUnsigned`)}
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}

function InvitePeople({ programId, participants }: { programId: string; participants: Participant[] }) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const people = usePeopleSearch(query)
  const invite = useInviteParticipants(programId)
  const byPerson = new Map(participants.map((x) => [x.person.id, x]))

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    invite.reset()
    setQuery(String(new FormData(event.currentTarget).get('q') ?? '').trim())
  }

  return (
    <>
      <h3>{t(`${p}.inviteTitle`)}</h3>
      {invite.isSuccess && <Report report={invite.data} />}
      <ProblemAlert error={invite.error} messages={PROGRAM_PROBLEMS} />
      <form role="search" onSubmit={onSearch} className="field-row">
        <TextField label={t(`${p}.search`)} name="q" type="search" />
        <div>
          <Button type="submit">{t(`${p}.searchSubmit`)}</Button>
        </div>
      </form>
      {people.data && people.data.items.length === 0 && <p className="empty-state">{t(`${p}.noResults`)}</p>}
      {people.data && people.data.items.length > 0 && (
        <ul className="question-list">
          {people.data.items.map((person) => {
            const name = `${person.given_name} ${person.family_name}`
            const already = byPerson.get(person.id)
            return (
              <li key={person.id}>
                <span>
                  {name} <span className="muted">{person.email}</span>
                </span>
                {already ? (
                  <span>
                    {t(`${p}.already`, { role: t(`${p}.roles.${already.role}`).toLowerCase() })}{' '}
                    <span className={`badge badge-state-${already.state}`}>{t(`${p}.states.${already.state}`)}</span>
                  </span>
                ) : (
                  <span className="actions">
                    {ROLES.map((role) => (
                      <Button
                        key={role}
                        variant="secondary"
                        disabled={invite.isPending}
                        onClick={() => invite.mutate({ target: 'people', role, person_ids: [person.id] })}
                      >
                        {t(`${p}.inviteAs`, { name, role: t(`${p}.roles.${role}`) })}
                      </Button>
                    ))}
                  </span>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}

function InviteUnit({ programId }: { programId: string }) {
  const { t } = useTranslation()
  const units = useUnits()
  const invite = useInviteParticipants(programId)
  const [missing, setMissing] = useState(false)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const unitId = String(data.get('unit_id') ?? '')
    setMissing(!unitId)
    if (!unitId) return
    invite.mutate({
      target: 'unit',
      unit_id: unitId,
      role: String(data.get('role')) as ParticipantRole,
      include_sub_units: data.get('include_sub_units') === 'on',
    })
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="invite-unit-title" noValidate>
      <h3 id="invite-unit-title">{t(`${p}.unitTitle`)}</h3>
      {invite.isSuccess && <Report report={invite.data} />}
      <ProblemAlert error={invite.error} messages={PROGRAM_PROBLEMS} />
      <div className="field-row">
        <SelectField
          label={t(`${p}.unit`)}
          name="unit_id"
          error={missing ? t(`${p}.chooseUnitError`) : undefined}
          options={[
            { value: '', label: t(`${p}.chooseUnit`) },
            ...(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name })),
          ]}
        />
        <SelectField
          label={t(`${p}.inviteRole`)}
          name="role"
          options={ROLES.map((role) => ({ value: role, label: t(`${p}.roles.${role}`) }))}
        />
      </div>
      <label className="check">
        <input type="checkbox" name="include_sub_units" defaultChecked /> {t(`${p}.includeSubUnits`)}
      </label>
      <Button type="submit" disabled={invite.isPending}>
        {t(`${p}.inviteUnit`)}
      </Button>
    </form>
  )
}

function InviteCsv({ programId }: { programId: string }) {
  const { t } = useTranslation()
  const invite = useInviteCsv(programId)
  const [csv, setCsv] = useState('')
  const [role, setRole] = useState<ParticipantRole>('mentee')
  const [missing, setMissing] = useState(false)

  async function onFile(file: File | undefined) {
    if (file) setCsv(await file.text())
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setMissing(csv.trim() === '')
    if (csv.trim() === '') return
    invite.mutate({ role, csv })
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="invite-csv-title" noValidate>
      <h3 id="invite-csv-title">{t(`${p}.csvTitle`)}</h3>
      <p>{t(`${p}.csvIntro`)}</p>
      {invite.isSuccess && <Report report={invite.data} />}
      <ProblemAlert error={invite.error} messages={PROGRAM_PROBLEMS} />
      <div className="field">
        <label htmlFor="invite-csv-file">{t(`${p}.csvFile`)}</label>
        <input id="invite-csv-file" type="file" accept=".csv,text/csv,text/plain" onChange={(event) => void onFile(event.target.files?.[0])} />
      </div>
      <TextAreaField
        label={t(`${p}.csvText`)}
        name="csv"
        rows={4}
        value={csv}
        onChange={(event) => setCsv(event.target.value)}
        error={missing ? t(`${p}.csvMissing`) : undefined}
      />
      <SelectField
        label={t(`${p}.inviteRole`)}
        name="csv_role"
        value={role}
        onChange={(event) => setRole(event.target.value as ParticipantRole)}
        options={ROLES.map((r) => ({ value: r, label: t(`${p}.roles.${r}`) }))}
      />
      <Button type="submit" disabled={invite.isPending}>
        {t(`${p}.csvSubmit`)}
      </Button>
    </form>
  )
}

/** Who takes part, in which role and state, with filters; invitations one by one, by unit or from a CSV. */
export function ParticipantsSection({ program }: { program: Program }) {
  const { t } = useTranslation()
  const participants = useParticipants(program.id)
  const items = participants.data?.items ?? []
  return (
    <Section title={t(`${p}.title`)}>
      <DraftNotice program={program} />
      {participants.isPending && <Loading />}
      <ProblemAlert error={participants.error} messages={PROGRAM_PROBLEMS} />
      {participants.data && items.length === 0 && <p className="empty-state">{t(`${p}.empty`)}</p>}
      {items.length > 0 && <ParticipantList participants={items} />}
      <InvitePeople programId={program.id} participants={items} />
      <InviteUnit programId={program.id} />
      <InviteCsv programId={program.id} />
    </Section>
  )
}
