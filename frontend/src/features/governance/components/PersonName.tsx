import { useTranslation } from 'react-i18next'
import { usePersonName } from '../api/people'

/** A person's name from the directory, or a short id when they are not (or no longer) listed. */
export function PersonName({ id }: { id: string }) {
  const { t } = useTranslation()
  const name = usePersonName(id)
  return <>{name.data || t('governance.unknownPerson', { id: id.slice(0, 8) })}</>
}
