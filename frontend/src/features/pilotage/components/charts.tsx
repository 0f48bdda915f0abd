import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar as RBar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { useFormat } from '@/hooks/useFormat'
import type { Bar, Figure } from '../model/figures'

/** Colours with ≥ 3:1 contrast on white; series are also named in the legend and the table. */
export const COLOURS = ['#1f4fa3', '#b35c00', '#a1221b', '#1d5e2c', '#6b3fa0'] as const

/** How a figure reads: a number, or why it is hidden ("moins de 5 personnes"), never a number then. */
export function useFigureText(threshold: number) {
  const { t } = useTranslation()
  const format = useFormat()
  return (figure: Figure, digits = 0, short = false): string => {
    if (figure.hidden === 'small') return t('pilotage.hiddenSmall', { count: threshold })
    if (figure.hidden === 'protected') return short ? t('pilotage.hiddenShort') : t('pilotage.hiddenProtected')
    if (figure.value === null) return format.number(0)
    const factor = 10 ** digits
    return format.number(Math.round(figure.value * factor) / factor)
  }
}

/** A card with a chart drawn for the eye and the same figures as a table one click away. */
export function ChartCard({
  title,
  summary,
  table,
  children,
}: {
  title: string
  summary: string
  table: ReactNode
  children: ReactNode
}) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <section className="card chart-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div role="img" aria-label={summary} className="chart-area">
        {children}
      </div>
      <details className="chart-table">
        <summary>{t('pilotage.showTable')}</summary>
        {table}
      </details>
    </section>
  )
}

export type Row = { key: string; label: string; value: string; over?: string }

/** The accessible table of a chart's figures. */
export function FiguresTable({ title, rows }: { title: string; rows: Row[] }) {
  const { t } = useTranslation()
  const withOver = rows.some((row) => row.over)
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('pilotage.tableCaption', { title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('pilotage.column.label')}</th>
          <th scope="col">{t('pilotage.column.value')}</th>
          {withOver && <th scope="col">{t('pilotage.column.over')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{row.value}</td>
            {withOver && <td>{row.over ?? ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

type Track = { x?: number; y?: number; width?: number; height?: number; index?: number }

/** Horizontal bars: the label above each bar on the left, its value (or why it is hidden) on the right. */
export function BarsChart({ bars, threshold, digits = 0 }: { bars: Bar[]; threshold: number; digits?: number }) {
  const text = useFigureText(threshold)
  const data = bars.map((b) => ({ ...b, shown: text(b.figure, digits, true) }))
  const height = 24 + bars.length * 52
  const track = (props: Track) => {
    const { x = 0, y = 0, width = 0, height: h = 0, index = 0 } = props
    return (
      <g>
        <rect x={x} y={y} width={width} height={h} fill="#eef0f4" />
        <text x={x} y={y - 7} fill="#1a1f2b" fontSize={13}>
          {data[index]?.label}
        </text>
        <text x={x + width} y={y - 7} fill="#1a1f2b" fontSize={13} fontWeight={600} textAnchor="end">
          {data[index]?.shown}
        </text>
      </g>
    )
  }
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 20, right: 4, bottom: 4, left: 4 }}
        barCategoryGap={22}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide allowDecimals={digits > 0} />
        <YAxis type="category" dataKey="label" hide />
        <RBar dataKey="drawn" isAnimationActive={false} minPointSize={4} background={track}>
          {data.map((d) => (
            <Cell key={d.key} fill={d.figure.hidden ? '#8a93a6' : COLOURS[0]} />
          ))}
        </RBar>
      </BarChart>
    </ResponsiveContainer>
  )
}

export type Series = { key: string; label: string }

/** Stacked columns per period (months or quarters), one colour per series, with a legend. */
export function StackedColumns({
  data,
  series,
}: {
  data: Array<Record<string, string | number>>
  series: Series[]
}) {
  return (
    <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 320, height: 260 }}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#e3e6ec" />
        <XAxis dataKey="label" tick={{ fill: '#1a1f2b', fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fill: '#4a5366', fontSize: 12 }} width={32} />
        <Legend wrapperStyle={{ color: '#1a1f2b' }} />
        {series.map((s, i) => (
          <RBar key={s.key} dataKey={s.key} name={s.label} stackId="a" fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
