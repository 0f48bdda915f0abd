import { useTranslation } from 'react-i18next'
import { ErrorPage } from '@/components/ErrorPage'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <ErrorPage
      problem={{ title: t('error.notFound.title'), detail: t('error.notFound.detail'), status: 404, code: 'not_found' }}
    />
  )
}
