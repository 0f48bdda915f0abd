import { useTranslation } from 'react-i18next'
import { useFormat } from '@/hooks/useFormat'
import { bar, sessionsByPeriod, SESSION_STATUSES, type Figure, type Figures } from '../model/figures'
import { BarsChart, ChartCard, FiguresTable, StackedColumns, useFigureText, type Row } from './charts'

type UnitKey = 'mentees' | 'invitations' | 'sessions' | 'objectives' | 'pairs' | 'places' | 'answers'

/** "80 %" and "4 sur 5 mentorés", or why the rate is hidden. */
function useRate(threshold: number) {
  const { t } = useTranslation()
  const format = useFormat()
  const text = useFigureText(threshold)
  return (rate: Figure, numerator: Figure, unit: UnitKey) => {
    if (rate.hidden) return { value: text(rate), over: '' }
    if (rate.value === null) return { value: '—', over: t('pilotage.noData') }
    const value = t('pilotage.rate', { value: format.number(Math.round(rate.value * 1000) / 10) })
    const total = format.number(rate.denominator ?? 0)
    const over =
      numerator.value !== null
        ? t('pilotage.rateOver', { numerator: format.number(numerator.value), total, unit: t(`pilotage.units.${unit}`) })
        : t('pilotage.over', { total, unit: t(`pilotage.units.${unit}`) })
    return { value, over }
  }
}

function Tile({ label, value, over }: { label: string; value: string; over?: string }) {
  const words = !/^[\d\s\u00a0\u202f,.%—]+$/.test(value)
  return (
    <div className="tile">
      <p className="tile-label">{label}</p>
      <p className={words ? 'tile-value tile-hidden' : 'tile-value'}>{value}</p>
      {over && <p className="tile-over">{over}</p>}
    </div>
  )
}

function Tiles({ figures, threshold }: { figures: Figures; threshold: number }) {
  const { t } = useTranslation()
  const text = useFigureText(threshold)
  const rate = useRate(threshold)
  const match = rate(figures.get('match_rate'), figures.get('match', 'matched'), 'mentees')
  const attendance = rate(figures.get('attendance_rate'), figures.get('attendance', 'held'), 'sessions')
  const completion = rate(figures.get('completion_rate'), figures.get('completion', 'completed'), 'pairs')
  return (
    <div className="tiles">
      <Tile label={t('pilotage.tiles.participants')} value={text(figures.get('participants'))} />
      <Tile label={t('pilotage.tiles.matchRate')} {...match} />
      <Tile label={t('pilotage.tiles.attendanceRate')} {...attendance} />
      <Tile label={t('pilotage.tiles.completionRate')} {...completion} />
    </div>
  )
}

/** One chart of labelled bars, its table and its spoken summary. */
function BarsCard({
  title,
  bars,
  threshold,
  digits = 0,
  extraRows = [],
}: {
  title: string
  bars: ReturnType<typeof bar>[]
  threshold: number
  digits?: number
  extraRows?: Row[]
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const text = useFigureText(threshold)
  const rows: Row[] = [
    ...bars.map((b) => ({ key: b.key, label: b.label, value: text(b.figure, digits), over: overText(b.figure) })),
    ...extraRows,
  ]
  const summary = `${title} : ${rows.map((r) => `${r.label} ${r.value}`).join(', ')}.`
  return (
    <ChartCard title={title} summary={summary} table={<FiguresTable title={title} rows={rows} />}>
      <BarsChart bars={bars} threshold={threshold} digits={digits} />
    </ChartCard>
  )

  function overText(figure: Figure): string | undefined {
    if (digits === 0 || figure.denominator === null || figure.hidden) return undefined
    return t('pilotage.over', { total: format.number(figure.denominator), unit: t('pilotage.units.answers') })
  }
}

function SessionsCard({ figures, threshold }: { figures: Figures; threshold: number }) {
  const { t, i18n } = useTranslation()
  const text = useFigureText(threshold)
  const months = sessionsByPeriod(figures)
  const title = t('pilotage.charts.sessions.title')
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  const label = (period: string) => monthName.format(new Date(`${period}T00:00:00Z`))
  const series = SESSION_STATUSES.map((status) => ({ key: status, label: t(`pilotage.charts.sessions.${status}`) }))
  const data = months.map((m) => ({
    label: label(m.period),
    ...Object.fromEntries(SESSION_STATUSES.map((s) => [s, m.figures[s].value ?? 0])),
  }))
  const rows: Row[] = months.flatMap((m) =>
    SESSION_STATUSES.map((s) => ({
      key: `${m.period}-${s}`,
      label: `${label(m.period)} — ${t(`pilotage.charts.sessions.${s}`)}`,
      value: text(m.figures[s]),
    })),
  )
  const hidden = months.some((m) => SESSION_STATUSES.some((s) => m.figures[s].hidden))
  if (months.length === 0) {
    return (
      <section className="card chart-card">
        <h2>{title}</h2>
        <p className="empty-state">{t('pilotage.charts.sessions.empty')}</p>
      </section>
    )
  }
  const summary = `${title} : ${rows.map((r) => `${r.label} ${r.value}`).join(', ')}.`
  return (
    <ChartCard title={title} summary={summary} table={<FiguresTable title={title} rows={rows} />}>
      <StackedColumns data={data} series={series} />
      {hidden && <p className="muted">{t('pilotage.hiddenMonths', { count: threshold })}</p>}
    </ChartCard>
  )
}

/** Every chart of the dashboard, from one report's whole-selection cells. */
export function Dashboard({ figures, threshold }: { figures: Figures; threshold: number }) {
  const { t } = useTranslation()
  const rate = useRate(threshold)
  const c = (key: string) => t(`pilotage.charts.${key}` as 'pilotage.charts.match.title')
  const objectives = (['defined', 'in_progress', 'achieved', 'abandoned'] as const).map((s) =>
    bar(s, c(`objectives.${s}`), figures.get('objectives', s)),
  )
  const utilisation = rate(figures.get('mentor_utilisation'), figures.get('mentor_load'), 'places')
  const objectivesRate = rate(figures.get('objectives_achievement_rate'), figures.get('objectives', 'achieved'), 'objectives')
  const matchRate = rate(figures.get('match_rate'), figures.get('match', 'matched'), 'mentees')
  return (
    <>
      <Tiles figures={figures} threshold={threshold} />
      <div className="charts">
        <BarsCard
          title={c('participants.title')}
          threshold={threshold}
          bars={[
            bar('mentor', c('participants.mentor'), figures.get('participants_by_role', 'mentor')),
            bar('mentee', c('participants.mentee'), figures.get('participants_by_role', 'mentee')),
          ]}
        />
        <BarsCard
          title={c('match.title')}
          threshold={threshold}
          bars={[
            bar('matched', c('match.matched'), figures.get('match', 'matched')),
            bar('unmatched', c('match.unmatched'), figures.get('match', 'unmatched')),
          ]}
          extraRows={[{ key: 'rate', label: t('pilotage.tiles.matchRate'), value: matchRate.value, over: matchRate.over }]}
        />
        <SessionsCard figures={figures} threshold={threshold} />
        <BarsCard
          title={c('absences.title')}
          threshold={threshold}
          bars={[
            bar('held', c('absences.held'), figures.get('attendance', 'held')),
            bar('mentor', c('absences.mentor'), figures.get('absences', 'mentor')),
            bar('mentee', c('absences.mentee'), figures.get('absences', 'mentee')),
            bar('both', c('absences.both'), figures.get('absences', 'both')),
          ]}
        />
        {figures.has('objectives') ? (
          <BarsCard
            title={c('objectives.title')}
            threshold={threshold}
            bars={objectives}
            extraRows={[{ key: 'rate', label: t('pilotage.charts.objectives.achievedRate'), ...objectivesRate }]}
          />
        ) : (
          <EmptyCard title={c('objectives.title')} text={c('objectives.empty')} />
        )}
        <BarsCard
          title={c('funnel.title')}
          threshold={threshold}
          bars={[
            bar('invited', c('funnel.invited'), figures.get('invitations')),
            bar('accepted', c('funnel.accepted'), figures.get('invitations', 'accepted')),
            bar('matched', c('funnel.matched'), figures.get('match', 'matched')),
            bar('active', c('funnel.active'), figures.get('sessions_per_pair')),
            bar('completed', c('funnel.completed'), figures.get('completion', 'completed')),
          ]}
        />
        <BarsCard
          title={c('load.title')}
          threshold={threshold}
          bars={[
            bar('load', c('load.load'), figures.get('mentor_load')),
            bar('capacity', c('load.capacity'), figures.get('mentor_capacity')),
            bar('at', c('load.atCapacity'), figures.get('mentors_at_capacity', 'at_capacity')),
            bar('below', c('load.belowCapacity'), figures.get('mentors_at_capacity', 'below_capacity')),
          ]}
          extraRows={[{ key: 'rate', label: c('load.utilisation'), ...utilisation }]}
        />
        {figures.has('satisfaction') ? (
          <BarsCard
            title={c('satisfaction.title')}
            threshold={threshold}
            digits={1}
            bars={[
              bar('mentor', c('satisfaction.mentor'), figures.get('satisfaction_mean', 'mentor')),
              bar('mentee', c('satisfaction.mentee'), figures.get('satisfaction_mean', 'mentee')),
            ]}
          />
        ) : (
          <EmptyCard title={c('satisfaction.title')} text={c('satisfaction.empty')} />
        )}
      </div>
    </>
  )
}

function EmptyCard({ title, text }: { title: string; text: string }) {
  return (
    <section className="card chart-card">
      <h2>{title}</h2>
      <p className="empty-state">{text}</p>
    </section>
  )
}
