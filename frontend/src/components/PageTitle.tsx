import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The page's h1. It sets the document title and takes focus on mount, so a
 * route change is announced and keyboard users start at the new content.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${children} · ${t('common.appName')}`
  }, [children, t])
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  )
}
