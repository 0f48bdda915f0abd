import { formatDate, formatDateTime, formatDuration, formatTime } from './datetime'

describe('French dates and times', () => {
  const at = '2026-12-03T13:00:00Z' // 14:00 in Paris (winter, UTC+1)

  it('says a session at 14:00 in Paris as "jeudi 3 décembre 2026 à 14 h 00"', () => {
    expect(formatDateTime(at, 'fr', 'Europe/Paris')).toBe('jeudi 3 décembre 2026 à 14\u00a0h\u00a000')
  })

  it('uses the reader’s time zone, not UTC', () => {
    expect(formatTime(at, 'fr', 'America/Martinique')).toBe('9\u00a0h\u00a000')
    expect(formatTime(at, 'fr', 'Pacific/Noumea')).toBe('0\u00a0h\u00a000')
    expect(formatDate(at, 'fr', 'Pacific/Noumea')).toBe('vendredi 4 décembre 2026')
  })

  it('writes the first of the month as 1er', () => {
    expect(formatDate('2026-12-01T10:00:00Z', 'fr', 'Europe/Paris')).toBe('mardi 1er décembre 2026')
  })

  it('keeps a calendar date on its day whatever the zone', () => {
    expect(formatDate('2026-12-03', 'fr')).toBe('jeudi 3 décembre 2026')
  })

  it('speaks English when asked', () => {
    expect(formatDateTime(at, 'en', 'Europe/Paris')).toMatch(/^Thursday, December 3, 2026 at 2:00\sPM$/)
  })

  it('says durations in hours and minutes', () => {
    expect(formatDuration(90)).toBe('1\u00a0h\u00a030')
    expect(formatDuration(60)).toBe('1\u00a0h')
    expect(formatDuration(45)).toBe('45\u00a0min')
  })
})
