import type { ParseKeys } from 'i18next'
import { useTranslation } from 'react-i18next'
import { isProblemError } from '@/api/problem'

export type FieldProblem = { msg: string; type: string }

/**
 * Field-level problems from a problem+json `errors` list, keyed by the body
 * path without its leading "body" ("title", "ends_at", "entries.2.person_id").
 */
export function problemFields(error: unknown): Record<string, FieldProblem> {
  if (!isProblemError(error)) return {}
  const fields: Record<string, FieldProblem> = {}
  for (const item of error.problem.errors ?? []) {
    const path = item.loc[0] === 'body' ? item.loc.slice(1) : item.loc
    fields[path.join('.')] ??= { msg: item.msg, type: item.type }
  }
  return fields
}

/** Translates problems for the events screens: known codes and types in words, others with the API's detail. */
export function useEventProblemText() {
  const { t, i18n } = useTranslation()
  const e = 'programsAdmin.events'
  return {
    field: (problem: FieldProblem | undefined) => {
      if (!problem) return undefined
      const key = `${e}.validation.${problem.type}` as ParseKeys
      return i18n.exists(key) ? String(t(key)) : t(`${e}.validation.invalid`, { detail: problem.msg })
    },
    alert: (error: Error) => {
      const code = isProblemError(error) ? error.code : ''
      const key = `${e}.errors.${code}` as ParseKeys
      return code && i18n.exists(key) ? String(t(key)) : t(`${e}.errors.generic`, { detail: error.message })
    },
  }
}
