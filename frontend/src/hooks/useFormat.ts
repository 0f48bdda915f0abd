import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** Dates and numbers in the reader's language. */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = i18n.language
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full' })
    const number = new Intl.NumberFormat(locale)
    return {
      date: (value: Date | string) => date.format(typeof value === 'string' ? new Date(value) : value),
      number: (value: number) => number.format(value),
    }
  }, [locale])
}
