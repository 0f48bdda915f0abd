import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/Button'
import { useFormat } from '@/hooks/useFormat'
import type { MentoringSession } from '../api/sessions'

const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()

/** Monday-first weeks covering the month (the reader's time zone). */
function weeksOf(year: number, month: number): (Date | null)[][] {
  const first = new Date(year, month, 1)
  const lead = (first.getDay() + 6) % 7
  const days = new Date(year, month + 1, 0).getDate()
  const cells: (Date | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => new Date(year, month, i + 1))]
  while (cells.length % 7) cells.push(null)
  const weeks: (Date | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

/** The month's séances on a calendar; each links to the séance in the list beside it. */
export function MonthView({ sessions }: { sessions: MentoringSession[] }) {
  const { t, i18n } = useTranslation()
  const format = useFormat()
  const initial = useMemo(() => {
    const now = new Date()
    const upcoming = sessions.find((s) => s.status === 'scheduled' && new Date(s.starts_at) >= now)
    const d = upcoming ? new Date(upcoming.starts_at) : now
    return { year: d.getFullYear(), month: d.getMonth() }
  }, [sessions])
  const [shown, setShown] = useState(initial)
  const weeks = weeksOf(shown.year, shown.month)
  const title = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric' }).format(new Date(shown.year, shown.month, 1))
  const weekday = (i: number, style: 'long' | 'narrow') => new Intl.DateTimeFormat(i18n.language, { weekday: style }).format(new Date(2024, 0, 1 + i))
  const move = (delta: number) => setShown(({ year, month }) => ({ year: year + Math.floor((month + delta) / 12), month: (((month + delta) % 12) + 12) % 12 }))
  const today = new Date()
  return (
    <div className="month-view" data-testid="month-view">
      <div className="month-nav">
        <Button variant="secondary" onClick={() => move(-1)} aria-label={t('mentorship.month.previous')}>
          ‹
        </Button>
        <h3 className="month-title" aria-live="polite">
          {title}
        </h3>
        <Button variant="secondary" onClick={() => move(1)} aria-label={t('mentorship.month.next')}>
          ›
        </Button>
      </div>
      <table className="month-grid">
        <caption className="visually-hidden">{t('mentorship.month.caption', { month: title })}</caption>
        <thead>
          <tr>
            {Array.from({ length: 7 }, (_, i) => (
              <th key={i} scope="col">
                <abbr title={weekday(i, 'long')}>{weekday(i, 'narrow')}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, d) => {
                if (!day) return <td key={d} className="month-empty" />
                const mine = sessions.filter((s) => sameDay(new Date(s.starts_at), day))
                return (
                  <td key={d} className={`${sameDay(day, today) ? 'month-today' : ''} ${mine.length ? 'month-has' : ''}`}>
                    <span className="month-day">{day.getDate()}</span>
                    {mine.map((s) => (
                      <a
                        key={s.id}
                        className={`month-session month-${s.status}`}
                        href={`#session-${s.id}`}
                        onClick={(e) => {
                          e.preventDefault()
                          document.getElementById(`session-${s.id}`)?.focus()
                        }}
                        aria-label={`${format.dateTime(s.starts_at)}, ${t(`mentorship.sessionStatus.${s.status as 'scheduled'}`)}`}
                      >
                        {format.time(s.starts_at)}
                      </a>
                    ))}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
