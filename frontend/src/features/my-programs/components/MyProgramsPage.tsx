import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { useMyPrograms, useProgramAction, type MemberProgram } from '../api/my-programs'

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
      {enrolled && program.charter_version !== null && (
        <div>
          <p>{t('myPrograms.charter', { version: String(program.charter_version) })}</p>
          {program.signed_current_charter ? (
            <p>{t('myPrograms.charterSigned')}</p>
          ) : (
            <Button disabled={action.isPending} onClick={() => action.mutate({ kind: 'sign', version: program.charter_version ?? 0 })}>
              {t('myPrograms.signCharter')}
            </Button>
          )}
        </div>
      )}
      {program.participation && known !== 'declined' && known !== 'invited' && (
        <p className="program-links">
          <Link to={`/my-programs/${program.id}`}>{t('myPrograms.open')}</Link>
        </p>
      )}
      {action.isError && <Alert tone="error">{t('myPrograms.failed')}</Alert>}
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
