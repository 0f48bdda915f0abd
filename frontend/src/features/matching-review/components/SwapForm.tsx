import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { SelectField } from '@/components/SelectField'
import type { Run } from '../api/matching'
import { useSwapProposals } from '../api/review'
import { MATCHING_PROBLEMS } from '../problems'

/** Exchange the mentors of two proposed pairs; the API refuses a swap that breaks the charter. */
export function SwapForm({ programId, run }: { programId: string; run: Run }) {
  const { t } = useTranslation()
  const swap = useSwapProposals(programId, run.id)
  const [pickTwo, setPickTwo] = useState(false)
  const [pair, setPair] = useState({ first: '', second: '' })
  const w = 'matchingReview.swap'
  const options = [
    { value: '', label: t(`${w}.choose`) },
    ...run.proposals.map((p) => ({
      value: p.id,
      label: t('matchingReview.pair', {
        mentee: `${p.mentee.given_name} ${p.mentee.family_name}`,
        mentor: `${p.mentor.given_name} ${p.mentor.family_name}`,
      }),
    })),
  ]

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!pair.first || !pair.second || pair.first === pair.second) {
      setPickTwo(true)
      return
    }
    setPickTwo(false)
    swap.mutate([pair.first, pair.second], { onSuccess: () => setPair({ first: '', second: '' }) })
  }

  return (
    <Section title={t(`${w}.title`)}>
      <p>{t(`${w}.intro`)}</p>
      {swap.isSuccess && <Alert tone="success">{t(`${w}.done`)}</Alert>}
      <ProblemAlert error={swap.error} messages={MATCHING_PROBLEMS} />
      {pickTwo && <Alert tone="error">{t(`${w}.pickTwo`)}</Alert>}
      <form noValidate onSubmit={onSubmit}>
        <div className="field-row">
          <SelectField
            label={t(`${w}.first`)}
            name="first"
            value={pair.first}
            onChange={(event) => setPair({ ...pair, first: event.target.value })}
            options={options}
          />
          <SelectField
            label={t(`${w}.second`)}
            name="second"
            value={pair.second}
            onChange={(event) => setPair({ ...pair, second: event.target.value })}
            options={options}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={swap.isPending}>
          {t(`${w}.submit`)}
        </Button>
      </form>
    </Section>
  )
}
