import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatDateTime, formatDuration, formatShortDate, formatTime, type DateInput } from '@/lib/datetime'

/** Dates, times and numbers in the reader's language and time zone. */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = i18n.language
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale)
    return {
      date: (value: DateInput) => formatDate(value, locale),
      shortDate: (value: DateInput) => formatShortDate(value, locale),
      time: (value: DateInput) => formatTime(value, locale),
      dateTime: (value: DateInput) => formatDateTime(value, locale),
      duration: (minutes: number) => formatDuration(minutes, locale),
      number: (value: number) => number.format(value),
    }
  }, [locale])
}
