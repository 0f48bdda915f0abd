import type { components } from '@/api/generated/schema'

export type MetricsReport = components['schemas']['MetricsReport']
export type MetricCell = components['schemas']['MetricCell']

/** Why a figure is not shown: a group under the threshold, or hidden so that it cannot be deduced. */
export type Hidden = 'small' | 'protected'

/** One figure as the dashboard shows it: a number, or the reason it is hidden. */
export type Figure = {
  value: number | null
  /** For rates: what the rate is taken over; for means and medians: how many values. */
  denominator: number | null
  hidden: Hidden | null
}

const ABSENT: Figure = { value: null, denominator: null, hidden: null }

function toFigure(cell: MetricCell | undefined): Figure {
  if (!cell) return ABSENT
  if (cell.suppressed || cell.value === null) {
    const small = cell.reason === 'small_group' || cell.reason === 'small_denominator' || cell.reason === null
    return { value: null, denominator: null, hidden: small ? 'small' : 'protected' }
  }
  return { value: cell.value, denominator: cell.denominator ?? null, hidden: null }
}

/** Looks figures up in a report's whole-selection cells (scope "all"). */
export class Figures {
  private readonly whole = new Map<string, MetricCell>()
  private readonly byPeriod = new Map<string, Map<string, MetricCell>>()

  constructor(readonly report: MetricsReport) {
    for (const cell of report.cells) {
      if (cell.scope !== 'all') continue
      const key = `${cell.figure}|${cell.category ?? ''}`
      if (cell.period === null) {
        this.whole.set(key, cell)
      } else {
        const cells = this.byPeriod.get(cell.period) ?? new Map<string, MetricCell>()
        cells.set(key, cell)
        this.byPeriod.set(cell.period, cells)
      }
    }
  }

  /** The whole-period figure (null category = every category). */
  get(figure: string, category: string | null = null): Figure {
    return toFigure(this.whole.get(`${figure}|${category ?? ''}`))
  }

  /** Whether the report has this figure in any category (a figure with no fact is not reported). */
  has(figure: string): boolean {
    return [...this.whole.keys()].some((key) => key.startsWith(`${figure}|`))
  }

  /** The periods (first day of month or quarter) that have this figure, in order. */
  periods(figure: string): string[] {
    return [...this.byPeriod.entries()]
      .filter(([, cells]) => [...cells.keys()].some((key) => key.startsWith(`${figure}|`)))
      .map(([period]) => period)
      .sort()
  }

  /** A figure of one period. */
  at(period: string, figure: string, category: string | null = null): Figure {
    return toFigure(this.byPeriod.get(period)?.get(`${figure}|${category ?? ''}`))
  }

  get isEmpty(): boolean {
    return this.whole.size === 0
  }
}

/** One bar: its label, the figure, and what it is drawn as (0 when hidden or absent). */
export type Bar = { key: string; label: string; figure: Figure; drawn: number }

export function bar(key: string, label: string, figure: Figure): Bar {
  return { key, label, figure, drawn: figure.value ?? 0 }
}

/** The statuses of sessions drawn per month, stacked in this order. */
export const SESSION_STATUSES = ['held', 'cancelled', 'missed'] as const
export type SessionStatus = (typeof SESSION_STATUSES)[number]

export type SessionMonth = { period: string; figures: Record<SessionStatus, Figure> }

export function sessionsByPeriod(figures: Figures): SessionMonth[] {
  return figures.periods('sessions').map((period) => ({
    period,
    figures: {
      held: figures.at(period, 'sessions', 'held'),
      cancelled: figures.at(period, 'sessions', 'cancelled'),
      missed: figures.at(period, 'sessions', 'missed'),
    },
  }))
}
