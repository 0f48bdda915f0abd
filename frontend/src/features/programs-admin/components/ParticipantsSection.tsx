import type { ParseKeys } from 'i18next'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { Section } from '@/components/Section'
import { SelectField } from '@/components/SelectField'
import { TextField } from '@/components/TextField'
import {
  useInviteParticipants,
  useParticipants,
  usePeopleSearch,
  useUnits,
  type InvitationReport,
  type ParticipantRole,
} from '../api/participants'

const ROLES: ParticipantRole[] = ['mentee', 'mentor']

function Report({ report }: { report: InvitationReport }) {
  const { t, i18n } = useTranslation()
  return (
    <Alert tone="success">
      <p>{t('programsAdmin.participants.report', { invited: String(report.invited.length), skipped: String(report.skipped.length) })}</p>
      {report.skipped.length > 0 && (
        <ul>
          {report.skipped.map((skip, index) => {
            const key = `programsAdmin.participants.skipped.${skip.code}` as ParseKeys
            return (
              <li key={`${skip.person_id ?? skip.email ?? index}`}>
                {skip.email ?? skip.person_id}
                {' : '}
                {i18n.exists(key) ? String(t(key)) : skip.code}
              </li>
            )
          })}
        </ul>
      )}
    </Alert>
  )
}

function ParticipantTable({ programId }: { programId: string }) {
  const { t } = useTranslation()
  const participants = useParticipants(programId)
  const p = 'programsAdmin.participants'
  if (participants.isPending) return <Loading />
  if (participants.isError) return <Alert tone="error">{participants.error.message}</Alert>
  if (participants.data.items.length === 0) return <p className="empty-state">{t(`${p}.empty`)}</p>
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t(`${p}.person`)}</th>
          <th scope="col">{t(`${p}.role`)}</th>
          <th scope="col">{t(`${p}.state`)}</th>
          <th scope="col">{t(`${p}.answers`)}</th>
          <th scope="col">{t(`${p}.charter`)}</th>
        </tr>
      </thead>
      <tbody>
        {participants.data.items.map((participant) => (
          <tr key={participant.id}>
            <td>
              {participant.person.given_name} {participant.person.family_name}
              <br />
              <span className="muted">{participant.person.email}</span>
            </td>
            <td>{t(`${p}.roles.${participant.role}`)}</td>
            <td>{t(`${p}.states.${participant.state}`)}</td>
            <td>{participant.answers_complete ? t(`${p}.complete`) : t(`${p}.incomplete`)}</td>
            <td>{participant.signed_current_charter ? t(`${p}.yes`) : t(`${p}.no`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function InvitePeople({ programId }: { programId: string }) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const people = usePeopleSearch(query)
  const invite = useInviteParticipants(programId)
  const p = 'programsAdmin.participants'

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setQuery(String(new FormData(event.currentTarget).get('q') ?? '').trim())
  }

  return (
    <>
      <h3>{t(`${p}.inviteTitle`)}</h3>
      {invite.isSuccess && <Report report={invite.data} />}
      {invite.isError && <Alert tone="error">{t(`${p}.errors.generic`)}</Alert>}
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
            return (
              <li key={person.id}>
                <span>
                  {name} <span className="muted">{person.email}</span>
                </span>
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
  const p = 'programsAdmin.participants'

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const unitId = String(data.get('unit_id') ?? '')
    if (!unitId) return
    invite.mutate({
      target: 'unit',
      unit_id: unitId,
      role: String(data.get('role')) as ParticipantRole,
      include_sub_units: data.get('include_sub_units') === 'on',
    })
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="invite-unit-title">
      <h3 id="invite-unit-title">{t(`${p}.unitTitle`)}</h3>
      {invite.isSuccess && <Report report={invite.data} />}
      {invite.isError && <Alert tone="error">{t(`${p}.errors.generic`)}</Alert>}
      <div className="field-row">
        <SelectField
          label={t(`${p}.unit`)}
          name="unit_id"
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

/** Who takes part, in which role and state; invitations one by one or by unit. */
export function ParticipantsSection({ programId }: { programId: string }) {
  const { t } = useTranslation()
  return (
    <Section title={t('programsAdmin.participants.title')}>
      <ParticipantTable programId={programId} />
      <InvitePeople programId={programId} />
      <InviteUnit programId={programId} />
    </Section>
  )
}
