import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { Markdown } from '@/components/Markdown'
import { PageTitle } from '@/components/PageTitle'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { useCharter, useMyPrograms, useProgramAction, type MemberProgram } from '../api/my-programs'
import { programProblems } from '../problems'

/**
 * The charter in force: read in full before "Je signe", which signs the version shown
 * (a newer version published meanwhile is refused as charter_version_outdated).
 */
function ProgramCharter({ program }: { program: MemberProgram }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [signedVersion, setSignedVersion] = useState<number | null>(null)
  const charter = useCharter(program.id, open)
  const action = useProgramAction(program.id)
  const version = charter.data?.version ?? program.charter_version ?? 0
  if (program.signed_current_charter && signedVersion === null) return <p>{t('myPrograms.charterSigned')}</p>
  if (signedVersion !== null) return <Alert tone="success">{t('myPrograms.charterSignedNow', { version: String(signedVersion) })}</Alert>
  const regionId = `charter-${program.id}`
  return (
    <div className="program-charter">
      <p>{t('myPrograms.charter', { version: String(version) })}</p>
      <Button variant={open ? 'secondary' : 'primary'} aria-expanded={open} aria-controls={regionId} onClick={() => setOpen((o) => !o)}>
        {open ? t('myPrograms.charterHide') : t('myPrograms.signCharter')}
      </Button>
      {open && (
        <div id={regionId}>
          {charter.isPending && <Loading />}
          <ProblemAlert error={charter.error} messages={programProblems} />
          {charter.data && (
            <>
              <div className="charter-box" tabIndex={0} role="region" aria-label={t('myPrograms.charterTextLabel', { version: String(charter.data.version) })}>
                <Markdown>{charter.data.body_markdown}</Markdown>
              </div>
              <p>{t('myPrograms.charterSignExplain', { version: String(charter.data.version) })}</p>
              <Button
                disabled={action.isPending}
                onClick={() => {
                  const signed = charter.data.version
                  action.mutate({ kind: 'sign', version: signed }, { onSuccess: () => setSignedVersion(signed) })
                }}
              >
                {t('myPrograms.charterSign')}
              </Button>
            </>
          )}
          <ProblemAlert error={action.error} messages={programProblems} onReload={() => void charter.refetch()} />
        </div>
      )}
    </div>
  )
}

const STATES = ['invited', 'applied', 'eligible', 'ineligible', 'declined', 'active', 'withdrawn'] as const
type State = (typeof STATES)[number]

function ProgramCard({ program }: { program: MemberProgram }) {
  const { t } = useTranslation()
  const action = useProgramAction(program.id)
  const state = program.participation?.state
  const known = (STATES as readonly string[]).includes(state ?? '') ? (state as State) : null
  const enrolled = known !== null && !['declined', 'withdrawn', 'invited'].includes(known)
  return (
    <Section title={program.name}>
      {program.description && <p>{program.description}</p>}
      <p>
        {t('myPrograms.state')} {known ? t(`myPrograms.states.${known}`) : t('myPrograms.notEnrolled')}
      </p>
      {known === 'invited' && (
        <>
          <p className="field-hint">{t('myPrograms.declineExplain')}</p>
          <Button disabled={action.isPending} onClick={() => action.mutate({ kind: 'accept' })}>
            {t('myPrograms.acceptInvitation')}
          </Button>{' '}
          <Button variant="secondary" disabled={action.isPending} onClick={() => action.mutate({ kind: 'decline' })}>
            {t('myPrograms.declineInvitation')}
          </Button>
        </>
      )}
      {program.may_apply_as.map((role) => (
        <Button key={role} disabled={action.isPending} onClick={() => action.mutate({ kind: 'apply', role })}>
          {t('myPrograms.applyAs', { role: t(`myPrograms.roles.${role}`) })}
        </Button>
      ))}
      {(known === 'invited' || program.may_apply_as.length > 0 || known === 'applied') && (
        <p className="field-hint">{t('myPrograms.answersNotice')}</p>
      )}
      {enrolled && program.charter_version !== null && <ProgramCharter program={program} />}
      {program.participation && known !== 'declined' && known !== 'invited' && (
        <p className="program-links">
          <Link to={`/my-programs/${program.id}`}>{t('myPrograms.open')}</Link>
        </p>
      )}
      <ProblemAlert error={action.error} messages={programProblems} />
    </Section>
  )
}

/** Programs I take part in or may join. */
export function MyProgramsPage() {
  const { t } = useTranslation()
  const programs = useMyPrograms()
  return (
    <>
      <PageTitle>{t('myPrograms.title')}</PageTitle>
      {programs.isPending ? (
        <Loading />
      ) : programs.data && programs.data.length > 0 ? (
        programs.data.map((p) => <ProgramCard key={p.id} program={p} />)
      ) : (
        <p className="empty-state">{t('myPrograms.empty')}</p>
      )}
    </>
  )
}
