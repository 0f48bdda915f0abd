import { useTranslation } from 'react-i18next'
import { explainItem, pointsOf, type BreakdownLike, type QuestionLabels } from '../model/explain'

/** Each criterion of a score: a small bar of how well it fits and its reason in words. */
export function Breakdown({ items, questions }: { items: BreakdownLike[]; questions: QuestionLabels }) {
  const { t, i18n } = useTranslation()
  if (items.length === 0) return <p className="muted">{t('matchingReview.noCriteriaShort')}</p>
  return (
    <>
      <p className="muted">{t('matchingReview.why')}</p>
      <ul className="breakdown">
        {items.map((item) => {
          const { points, max } = pointsOf(item)
          return (
            <li key={item.criterion}>
              <span className="score-track score-track-small" aria-hidden="true">
                <span className="score-fill" style={{ width: `${Math.round(Math.max(0, Math.min(1, item.value)) * 100)}%` }} />
              </span>
              <span>
                {explainItem(t, i18n.language, item, questions)}{' '}
                <span className="muted">({t('matchingReview.points', { count: points, points: String(points), max: String(max) })})</span>
              </span>
            </li>
          )
        })}
      </ul>
    </>
  )
}
