/**
 * Dates and times as French readers expect them — "jeudi 3 décembre 2026 à 14 h 00" —
 * in the reader's time zone (the browser's unless one is given). Never an ISO string.
 */
export type DateInput = Date | string

/** A calendar date ("2026-12-03") is that day where the reader is, not midnight UTC. */
function toDate(value: DateInput): Date {
  if (typeof value !== 'string') return value
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value)
}

function parts(value: Date, locale: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
  const out: Record<string, string> = {}
  for (const part of new Intl.DateTimeFormat(locale, { ...options, timeZone }).formatToParts(value)) out[part.type] = part.value
  return out
}

const isFrench = (locale: string) => locale.toLowerCase().startsWith('fr')

/** "jeudi 3 décembre 2026" (the first of the month as "1er"). */
export function formatDate(value: DateInput, locale = 'fr', timeZone?: string): string {
  const date = toDate(value)
  if (!isFrench(locale)) return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }).format(date)
  const p = parts(date, locale, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
  const day = p.day === '1' ? '1er' : p.day
  return `${p.weekday} ${day} ${p.month} ${p.year}`
}

/** "3 déc. 2026", for lists where the weekday would crowd the line. */
export function formatShortDate(value: DateInput, locale = 'fr', timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(toDate(value))
}

/** "14 h 00" in French, "2:00 PM" in English. */
export function formatTime(value: DateInput, locale = 'fr', timeZone?: string): string {
  const date = toDate(value)
  if (!isFrench(locale)) return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(date)
  const p = parts(date, locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  return `${Number(p.hour)}\u00a0h\u00a0${p.minute}`
}

/** "jeudi 3 décembre 2026 à 14 h 00". */
export function formatDateTime(value: DateInput, locale = 'fr', timeZone?: string): string {
  const joiner = isFrench(locale) ? ' à ' : ' at '
  return `${formatDate(value, locale, timeZone)}${joiner}${formatTime(value, locale, timeZone)}`
}

/** "1 h 30", "45 min", "2 h". */
export function formatDuration(minutes: number, locale = 'fr'): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (!isFrench(locale)) return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`
  if (h === 0) return `${m}\u00a0min`
  return m === 0 ? `${h}\u00a0h` : `${h}\u00a0h\u00a0${String(m).padStart(2, '0')}`
}

/** The value of an `<input type="datetime-local">` for this instant in the reader's zone. */
export function toLocalInput(value: DateInput): string {
  const d = toDate(value)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The reader's IANA time zone name ("Europe/Paris"), said once next to times. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}
