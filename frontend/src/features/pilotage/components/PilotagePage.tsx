import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { api, unwrap } from '@/api/client'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { SelectField } from '@/components/SelectField'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import { downloadKpis, type ExportFormat } from '../api/export'
import { useProgramMetrics, type MetricsFilters } from '../api/metrics'
import { unitOptions, useUnits } from '../api/units'
import { Figures } from '../model/figures'
import { Dashboard } from './Dashboard'
import '../pilotage.css'

type ProgramDates = { starts_on?: string | null; enrolment_opens_on?: string | null; ends_on?: string | null }

/** Years of the program up to today, each followed by its quarters ("2026", "2026-Q1"…). */
export function periodChoices(program: ProgramDates, today = new Date()): { value: string; year: number; quarter?: number }[] {
  const first = Number((program.enrolment_opens_on ?? program.starts_on ?? today.toISOString()).slice(0, 4))
  const end = program.ends_on ? Number(program.ends_on.slice(0, 4)) : today.getUTCFullYear()
  const last = Math.max(first, Math.min(end, today.getUTCFullYear()))
  const out: { value: string; year: number; quarter?: number }[] = []
  for (let year = last; year >= first; year -= 1) {
    out.push({ value: String(year), year })
    for (let quarter = 1; quarter <= 4; quarter += 1) out.push({ value: `${year}-Q${quarter}`, year, quarter })
  }
  return out
}

function Filters({
  program,
  filters,
  onChange,
}: {
  program: ProgramDates
  filters: MetricsFilters
  onChange: (filters: MetricsFilters) => void
}) {
  const { t } = useTranslation()
  const units = useUnits()
  const unitChoices = [
    { value: '', label: t('pilotage.filters.allUnits') },
    ...unitOptions(units.data ?? []).map(({ unit, depth }) => ({
      value: unit.id,
      label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name}`,
    })),
  ]
  const periods = [
    { value: '', label: t('pilotage.filters.allTime') },
    ...periodChoices(program).map((p) => ({
      value: p.value,
      label:
        p.quarter === undefined
          ? t('pilotage.filters.year', { year: String(p.year) })
          : p.quarter === 1
            ? t('pilotage.filters.firstQuarter', { year: String(p.year) })
            : t('pilotage.filters.quarter', { quarter: String(p.quarter), year: String(p.year) }),
    })),
  ]
  return (
    <form className="filters" aria-label={t('pilotage.filters.title')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label={t('pilotage.filters.unit')}
        options={unitChoices}
        value={filters.unit ?? ''}
        onChange={(e) => onChange({ ...filters, unit: e.target.value || null })}
      />
      <SelectField
        label={t('pilotage.filters.period')}
        options={periods}
        value={filters.period ?? ''}
        onChange={(e) => onChange({ ...filters, period: e.target.value || null })}
      />
    </form>
  )
}

function Exports({ programId, filters }: { programId: string; filters: MetricsFilters }) {
  const { t, i18n } = useTranslation()
  const download = useMutation({
    mutationFn: (format: ExportFormat) =>
      downloadKpis(programId, format, { ...filters, language: i18n.language === 'en' ? 'en' : 'fr' }),
  })
  return (
    <Section title={t('pilotage.exportTitle')}>
      <p>{t('pilotage.exportIntro')}</p>
      <div aria-live="polite">
        {download.isError && <Alert tone="error">{t('pilotage.exportError')}</Alert>}
        {download.isSuccess && <Alert tone="success">{t('pilotage.exportDone', { name: download.data })}</Alert>}
      </div>
      <p className="actions">
        <Button variant="secondary" disabled={download.isPending} onClick={() => download.mutate('csv')}>
          {t('pilotage.exportCsv')}
        </Button>
        <Button variant="secondary" disabled={download.isPending} onClick={() => download.mutate('xlsx')}>
          {t('pilotage.exportXlsx')}
        </Button>
      </p>
    </Section>
  )
}

/** A program's figures as charts, each with its table; small groups say so instead of a number. */
export function PilotagePage() {
  const { t } = useTranslation()
  const format = useFormat()
  const { programId = '' } = useParams()
  const [filters, setFilters] = useState<MetricsFilters>({ unit: null, period: null })
  const program = useQuery({
    queryKey: ['pilotage', 'program', programId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/programs/{program_id}', { params: { path: { program_id: programId } } })),
  })
  const metrics = useProgramMetrics(programId, filters)
  const figures = metrics.data ? new Figures(metrics.data) : null
  const hasProtected = metrics.data?.cells.some(
    (c) => c.scope === 'all' && c.suppressed && (c.reason === 'complementary' || c.reason === 'linked'),
  )
  return (
    <div className="pilotage">
      <p>
        <Link to={`/programs/${programId}`}>{t('pilotage.back')}</Link>
      </p>
      <PageTitle>{t('pilotage.title', { program: program.data?.name ?? '' })}</PageTitle>
      <p>{t('pilotage.intro')}</p>
      {program.data && <Filters program={program.data} filters={filters} onChange={setFilters} />}
      {metrics.isPending && <Loading />}
      {metrics.isError && <Alert tone="error">{t('pilotage.loadError')}</Alert>}
      {metrics.data && figures && (
        <div aria-busy={metrics.isFetching}>
          <p className="muted">{t('pilotage.threshold', { count: metrics.data.anonymity_threshold })}</p>
          {figures.isEmpty ? (
            <p className="empty-state">{t('pilotage.empty')}</p>
          ) : (
            <Dashboard figures={figures} threshold={metrics.data.anonymity_threshold} />
          )}
          {hasProtected && <p className="notes">{t('pilotage.hiddenProtectedNote')}</p>}
          <p className="muted">{t('pilotage.generatedAt', { date: format.date(metrics.data.generated_at) })}</p>
        </div>
      )}
      <Exports programId={programId} filters={filters} />
    </div>
  )
}
