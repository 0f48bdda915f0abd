import { useTranslation } from 'react-i18next'
import { Button } from '@/components/Button'

type Props = { offset: number; limit: number; total: number; onChange: (offset: number) => void }

/** Previous / next over a Page[...] response, with the range shown. */
export function Pager({ offset, limit, total, onChange }: Props) {
  const { t } = useTranslation()
  if (total === 0) return null
  const range = { from: String(offset + 1), to: String(Math.min(offset + limit, total)), total: String(total) }
  return (
    <div className="pager">
      <p role="status">{t('governance.range', range)}</p>
      {total > limit && (
        <p className="actions">
          <Button variant="secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
            {t('governance.previous')}
          </Button>
          <Button variant="secondary" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
            {t('governance.next')}
          </Button>
        </p>
      )}
    </div>
  )
}
