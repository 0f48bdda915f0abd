import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { Section } from '@/components/Section'
import { useInviteToEvent, type EventInvite } from '../api/events'
import { useParticipants, type ParticipantRole } from '../api/participants'
import { problemFields, useEventProblemText } from './problemFields'

/** The participant states the API accepts for an event invitation. */
const INVITABLE = new Set(['invited', 'applied', 'eligible', 'active'])
const ROLE_CHOICES: { role: ParticipantRole; label: 'allMentors' | 'allMentees' }[] = [
  { role: 'mentor', label: 'allMentors' },
  { role: 'mentee', label: 'allMentees' },
]

/** Invite whole roles and/or chosen participants; the report says how many were new. */
export function EventInviteSection({ programId, eventId }: { programId: string; eventId: string }) {
  const { t } = useTranslation()
  const participants = useParticipants(programId)
  const invite = useInviteToEvent(programId, eventId)
  const text = useEventProblemText()
  const [empty, setEmpty] = useState(false)
  const [sent, setSent] = useState<string[]>([])
  const [formKey, setFormKey] = useState(0)
  const e = 'programsAdmin.events.invite'
  const people = (participants.data?.items ?? []).filter((p) => INVITABLE.has(p.state))
  const fields = problemFields(invite.error)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const body: EventInvite = {
      roles: data.getAll('roles').map(String) as ParticipantRole[],
      person_ids: data.getAll('person_ids').map(String),
    }
    if (body.roles?.length === 0 && body.person_ids?.length === 0) {
      setEmpty(true)
      return
    }
    setEmpty(false)
    setSent(body.person_ids ?? [])
    invite.mutate(body, { onSuccess: () => setFormKey((k) => k + 1) })
  }

  /** The problem about one listed person: the API points at its index in person_ids. */
  function personError(personId: string) {
    const index = sent.indexOf(personId)
    return index < 0 ? undefined : text.field(fields[`person_ids.${index}`])
  }

  return (
    <Section title={t(`${e}.title`)}>
      {invite.isSuccess && (
        <Alert tone="success">
          {t(`${e}.report`, { invited: String(invite.data.invited), already: String(invite.data.already_invited) })}
        </Alert>
      )}
      {invite.isError && <Alert tone="error">{text.alert(invite.error)}</Alert>}
      {empty && <Alert tone="error">{t(`${e}.nothing`)}</Alert>}
      <form noValidate onSubmit={onSubmit} key={formKey}>
        <fieldset className="field">
          <legend>{t(`${e}.roles`)}</legend>
          {ROLE_CHOICES.map(({ role, label }) => (
            <label key={role} className="check">
              <input type="checkbox" name="roles" value={role} /> {t(`${e}.${label}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend>{t(`${e}.people`)}</legend>
          {participants.isPending && <Loading />}
          {participants.data && people.length === 0 && <p className="empty-state">{t(`${e}.noParticipants`)}</p>}
          {people.map((participant) => {
            const error = personError(participant.person.id)
            const errorId = `invite-error-${participant.person.id}`
            return (
              <div key={participant.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    name="person_ids"
                    value={participant.person.id}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                  />{' '}
                  {participant.person.given_name} {participant.person.family_name}{' '}
                  <span className="muted">{t(`programsAdmin.participants.roles.${participant.role}`)}</span>
                </label>
                {error && (
                  <p id={errorId} className="field-error">
                    {error}
                  </p>
                )}
              </div>
            )
          })}
        </fieldset>
        <Button type="submit" disabled={invite.isPending}>
          {t(`${e}.submit`)}
        </Button>
      </form>
    </Section>
  )
}
