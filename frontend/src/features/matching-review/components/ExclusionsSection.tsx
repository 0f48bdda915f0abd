import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Loading } from '@/components/Loading'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import { useExclusions, useParticipantNames, useRemoveExclusion } from '../api/review'
import { MATCHING_PROBLEMS } from '../problems'

/** Pairs the algorithm must never propose again, and a way to lift each exclusion. */
export function ExclusionsSection({ programId }: { programId: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const exclusions = useExclusions(programId)
  const names = useParticipantNames(programId)
  const remove = useRemoveExclusion(programId)
  const x = 'matchingReview.exclusions'
  const name = (id: string) => names.data?.[id] ?? t(`${x}.unknown`)
  return (
    <Section title={t(`${x}.title`)}>
      <p>{t(`${x}.intro`)}</p>
      {remove.isSuccess && <Alert tone="success">{t(`${x}.removed`)}</Alert>}
      <ProblemAlert error={remove.error} messages={MATCHING_PROBLEMS} />
      {exclusions.isPending && <Loading />}
      <ProblemAlert error={exclusions.error} messages={MATCHING_PROBLEMS} />
      {exclusions.data?.length === 0 && <p className="empty-state">{t(`${x}.empty`)}</p>}
      {exclusions.data && exclusions.data.length > 0 && (
        <ul className="exclusion-list">
          {exclusions.data.map((exclusion) => {
            const pair = t('matchingReview.pair', { mentee: name(exclusion.mentee_id), mentor: name(exclusion.mentor_id) })
            return (
              <li key={exclusion.id}>
                <span>
                  {pair} <span className="muted">{t(`${x}.since`, { date: format.date(exclusion.created_at) })}</span>
                </span>
                <Button variant="secondary" disabled={remove.isPending} onClick={() => remove.mutate(exclusion.id)}>
                  {t(`${x}.remove`, { pair })}
                </Button>
              </li>
            )
          })}
        </ul>
      )}
    </Section>
  )
}
