import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { Alert } from '@/components/Alert'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { useMyPrograms } from '../api/my-programs'
import { questionsFor, useMyParticipation, useQuestionnaire } from '../api/questionnaire'
import { MyEvents } from './MyEvents'
import { QuestionnaireForm } from './QuestionnaireForm'
import '../my-programs.css'

function Questionnaire({ programId }: { programId: string }) {
  const questionnaire = useQuestionnaire(programId)
  const participation = useMyParticipation(programId)
  if (questionnaire.isError || participation.isError) {
    return <Alert tone="error">{(questionnaire.error ?? participation.error)?.message}</Alert>
  }
  if (!questionnaire.data || !participation.data) return <Loading />
  return (
    <QuestionnaireForm
      programId={programId}
      questions={questionsFor(questionnaire.data.questions, participation.data.role)}
      participation={participation.data}
    />
  )
}

/** One program I take part in: my matching questionnaire and my program events. */
export function MyProgramPage() {
  const { t } = useTranslation()
  const { programId = '' } = useParams()
  const programs = useMyPrograms()
  const program = programs.data?.find((p) => p.id === programId)
  return (
    <>
      <p>
        <Link to="/my-programs">{t('myPrograms.back')}</Link>
      </p>
      {programs.isPending ? (
        <Loading />
      ) : !program?.participation ? (
        <>
          <PageTitle>{t('myPrograms.title')}</PageTitle>
          <p className="empty-state">{t('myPrograms.notFound')}</p>
        </>
      ) : (
        <>
          <PageTitle>{program.name}</PageTitle>
          <Section title={t('myPrograms.questionnaire.title')}>
            <Questionnaire programId={programId} />
          </Section>
          <Section title={t('myPrograms.events.title')}>
            <MyEvents programId={programId} />
          </Section>
        </>
      )}
    </>
  )
}
