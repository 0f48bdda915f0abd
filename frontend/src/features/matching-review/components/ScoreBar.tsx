import { useTranslation } from 'react-i18next'

/**
 * A 0–100 score as a bar with the figure in words beside it: the bar is decoration,
 * the sentence carries the information (never colour alone).
 */
export function ScoreBar({ score, small = false }: { score: number; small?: boolean }) {
  const { t } = useTranslation()
  const value = Math.max(0, Math.min(100, Math.round(score)))
  return (
    <div className={small ? 'score score-small' : 'score'}>
      <span className="score-track" aria-hidden="true">
        <span className="score-fill" style={{ width: `${value}%` }} />
      </span>
      <span className="score-text">{small ? `${value} / 100` : t('matchingReview.score', { score: String(value) })}</span>
    </div>
  )
}
