import type { TFunction } from 'i18next'

/**
 * A breakdown item of a pair's score, put into the reader's words. The server sends a
 * stable `code` with its parameters (option values, language codes, years); this module
 * names the criterion (a directory attribute or the program's question) and each value,
 * so no key, code or raw number ever reaches the screen.
 */
export type BreakdownLike = {
  criterion: string
  code: string
  value: number
  points: number
  max_points: number
  params: Record<string, unknown>
}

export type QuestionLabels = Record<string, { label: string; options: Record<string, string> }>

export const ATTRIBUTE_CRITERIA = ['languages', 'site', 'seniority', 'unit'] as const

function list(values: unknown, name: (v: string) => string, locale: string): string {
  const items = Array.isArray(values) ? values.map((v) => name(String(v))) : []
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
  } catch {
    return items.join(', ')
  }
}

function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}

function years(value: unknown): number {
  const n = Number(value)
  return Number.isFinite(n) ? Math.round(Math.abs(n)) : 0
}

/** The sentence of one breakdown item ("langues en commun : français et anglais"). */
export function explainItem(t: TFunction, locale: string, item: BreakdownLike, questions: QuestionLabels): string {
  const p = item.params
  const k = 'matchingReview.explain'
  switch (item.criterion) {
    case 'languages': {
      const common = Array.isArray(p.common) ? p.common : []
      return common.length > 0
        ? t(`${k}.languages.common`, { languages: list(common, (c) => languageName(c, locale), locale) })
        : t(`${k}.languages.none`)
    }
    case 'site':
      if (item.code === 'site.same') return t(`${k}.site.same`, { site: String(p.mentor ?? '') })
      if (item.code === 'site.remote') return t(`${k}.site.remote`)
      if (item.code === 'missing') return t(`${k}.site.missing`)
      return t(`${k}.site.different`, { mentee: String(p.mentee ?? ''), mentor: String(p.mentor ?? '') })
    case 'unit':
      if (item.code === 'missing') return t(`${k}.unit.missing`)
      return item.code === 'different.yes' ? t(`${k}.unit.different`) : t(`${k}.unit.same`)
    case 'seniority': {
      if (item.code === 'missing') return t(`${k}.seniority.missing`)
      const gap = Number(p.gap ?? 0)
      const wanted = years(p.min_gap)
      if (gap < 0) return t(`${k}.seniority.menteeMore`, { count: years(gap) })
      return item.code === 'gap.yes'
        ? t(`${k}.seniority.enough`, { count: years(gap), wanted: String(wanted) })
        : t(`${k}.seniority.short`, { count: years(gap), wanted: String(wanted) })
    }
    default:
      return explainQuestion(t, locale, item, questions)
  }
}

function explainQuestion(t: TFunction, locale: string, item: BreakdownLike, questions: QuestionLabels): string {
  const q = questions[item.criterion]
  const question = q?.label ?? t('matchingReview.explain.question.unknown')
  const option = (v: string) => q?.options[v] ?? v
  const p = item.params
  const k = 'matchingReview.explain.question'
  switch (item.code) {
    case 'missing':
      return t(`${k}.missing`, { question })
    case 'same.yes':
    case 'different.no':
      return t(`${k}.same`, { question, answer: option(String(p.mentor ?? '')) })
    case 'same.no':
    case 'different.yes':
      return t(`${k}.different`, { question, mentee: option(String(p.mentee ?? '')), mentor: option(String(p.mentor ?? '')) })
    case 'covers': {
      const items = list(p.items, option, locale)
      return t(`${k}.covers`, { question, covered: String(p.covered ?? 0), of: String(p.of ?? 0), items })
    }
    case 'overlap': {
      const items = list(p.items, option, locale)
      return Number(p.in_common ?? 0) > 0
        ? t(`${k}.overlap`, { question, items })
        : t(`${k}.common.no`, { question })
    }
    case 'common.yes':
      return t(`${k}.common.yes`, { question, items: list(p.common, option, locale) })
    case 'common.no':
      return t(`${k}.common.no`, { question })
    case 'numeric':
      return t(`${k}.numeric`, { question, mentee: String(p.mentee ?? ''), mentor: String(p.mentor ?? '') })
    default:
      return question
  }
}

/** Whole points out of the criterion's maximum ("12 points sur 20"), never "21.4 / 21.43". */
export function pointsOf(item: BreakdownLike): { points: number; max: number } {
  return { points: Math.round(item.points), max: Math.round(item.max_points) }
}
