import { useMutation, useQuery } from '@tanstack/react-query'
import type { ParseKeys } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { api, unwrap } from '@/api/client'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import { downloadKpis, type ExportFormat } from '../api/export'
import { headlineCells, useProgramMetrics, type MetricCell } from '../api/metrics'
import '../pilotage.css'

function useLabel() {
  const { t, i18n } = useTranslation()
  return (key: string, fallback: string) => (i18n.exists(key) ? String(t(key as ParseKeys)) : fallback)
}

function CellValue({ cell }: { cell: MetricCell }) {
  const { t } = useTranslation()
  const format = useFormat()
  if (cell.suppressed || cell.value === null) {
    return (
      <span className="suppressed">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('pilotage.suppressed')}</span>
        <sup aria-hidden="true">*</sup>
      </span>
    )
  }
  if (cell.kind === 'rate') return <>{`${format.number(Math.round(cell.value * 1000) / 10)} %`}</>
  return <>{format.number(Math.round(cell.value * 10) / 10)}</>
}

function FiguresTable({ cells }: { cells: MetricCell[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const label = useLabel()
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('pilotage.figure')}</th>
          <th scope="col">{t('pilotage.category')}</th>
          <th scope="col">{t('pilotage.value')}</th>
          <th scope="col">{t('pilotage.denominator')}</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((cell) => (
          <tr key={`${cell.figure}-${cell.category ?? ''}-${cell.kind}`}>
            <th scope="row">
              {label(`pilotage.figures.${cell.figure}`, cell.figure)}
              {cell.kind !== 'count' && <span className="muted">{` (${t(`pilotage.kinds.${cell.kind}`)})`}</span>}
            </th>
            <td>{cell.category ?? t('pilotage.all')}</td>
            <td>
              <CellValue cell={cell} />
            </td>
            <td>
              {cell.denominator !== null && !cell.suppressed
                ? t('pilotage.outOf', { total: format.number(cell.denominator) })
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function SuppressionNotes({ cells }: { cells: MetricCell[] }) {
  const { t } = useTranslation()
  const label = useLabel()
  const reasons = [...new Set(cells.filter((c) => c.suppressed).map((c) => c.reason ?? 'small_group'))]
  if (reasons.length === 0) return null
  return (
    <ul className="notes">
      {reasons.map((reason) => (
        <li key={reason}>
          {t('pilotage.suppressedNote', { reason: label(`pilotage.suppressedReasons.${reason}`, reason) })}
        </li>
      ))}
    </ul>
  )
}

function ExportButtons({ programId }: { programId: string }) {
  const { t } = useTranslation()
  const download = useMutation({ mutationFn: (format: ExportFormat) => downloadKpis(programId, format) })
  return (
    <Section title={t('pilotage.exportTitle')}>
      {download.isError && <Alert tone="error">{t('pilotage.exportError')}</Alert>}
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

/** A program's figures with their denominators; small groups show "—" and say why. */
export function PilotagePage() {
  const { t } = useTranslation()
  const format = useFormat()
  const { programId = '' } = useParams()
  const program = useQuery({
    queryKey: ['pilotage', 'program', programId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/programs/{program_id}', { params: { path: { program_id: programId } } })),
  })
  const metrics = useProgramMetrics(programId)
  const cells = metrics.data ? headlineCells(metrics.data) : []
  return (
    <>
      <p>
        <Link to={`/programs/${programId}`}>{t('pilotage.back')}</Link>
      </p>
      <PageTitle>{t('pilotage.title', { program: program.data?.name ?? '' })}</PageTitle>
      <p>{t('pilotage.intro')}</p>
      {metrics.isPending && <Loading />}
      {metrics.isError && <Alert tone="error">{metrics.error.message}</Alert>}
      {metrics.data && (
        <>
          <p>{t('pilotage.threshold', { count: metrics.data.anonymity_threshold })}</p>
          {cells.length === 0 ? (
            <p className="empty-state">{t('pilotage.empty')}</p>
          ) : (
            <>
              <FiguresTable cells={cells} />
              <SuppressionNotes cells={cells} />
            </>
          )}
          <p className="muted">{t('pilotage.generatedAt', { date: format.date(metrics.data.generated_at) })}</p>
        </>
      )}
      <ExportButtons programId={programId} />
    </>
  )
}
