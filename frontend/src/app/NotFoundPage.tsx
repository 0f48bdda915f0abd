import { useTranslation } from 'react-i18next'
import { ErrorPage } from '@/components/ErrorPage'

export function NotFoundPage() {
  const { t } = useTranslation()
  return <ErrorPage title={t('error.notFound.title')} message={t('error.notFound.detail')} />
}
