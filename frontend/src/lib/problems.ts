import type { ParseKeys, TFunction } from 'i18next'
import { isProblemError, type Problem } from '@/api/problem'

/**
 * One place per feature maps a problem's `code` to an i18n key; this module turns a
 * failed call into words. The server's English `detail`, its code and any id never
 * reach the sentence: they only go into the folded technical details for support.
 */
export type ProblemMessages = Partial<Record<string, ParseKeys>>

/** Codes every feature shares; a feature's own map wins over these. */
const COMMON: ProblemMessages = {
  network_error: 'problem.common.network',
  not_authenticated: 'problem.common.signedOut',
  forbidden: 'problem.common.forbidden',
  rate_limited: 'problem.common.rateLimited',
  too_many_requests: 'problem.common.rateLimited',
  stale_version: 'problem.common.stale',
  validation_error: 'problem.common.validation',
  invalid_character: 'problem.common.invalidCharacter',
  vault_not_set_up: 'problem.common.vaultMissing',
  http_413: 'problem.common.tooLarge',
}

export function problemOf(error: unknown): Problem | null {
  return isProblemError(error) ? error.problem : null
}

/** The i18n key for this failure, or null when no map knows it (the fallback sentence applies). */
export function problemKey(error: unknown, messages: ProblemMessages = {}): ParseKeys | null {
  const problem = problemOf(error)
  if (!problem) return null
  return messages[problem.code] ?? COMMON[problem.code] ?? null
}

export function isStale(error: unknown): boolean {
  const problem = problemOf(error)
  return problem?.code === 'stale_version' || (problem?.status === 409 && problem.code === 'version_conflict')
}

/** Field name → i18n key, from the problem's `errors` (the last element of each `loc`). */
export function fieldProblems(error: unknown, byType: ProblemMessages = {}): Record<string, ParseKeys> {
  const problem = problemOf(error)
  const out: Record<string, ParseKeys> = {}
  for (const item of problem?.errors ?? []) {
    const field = String(item.loc[item.loc.length - 1] ?? '')
    if (!field || field in out) continue
    out[field] = byType[item.type] ?? FIELD_TYPES[item.type] ?? 'problem.field.invalid'
  }
  return out
}

const FIELD_TYPES: ProblemMessages = {
  missing: 'problem.field.missing',
  string_too_long: 'problem.field.tooLong',
  string_too_short: 'problem.field.missing',
  greater_than_equal: 'problem.field.tooSmall',
  less_than_equal: 'problem.field.tooLarge',
  int_parsing: 'problem.field.number',
  datetime_parsing: 'problem.field.date',
  datetime_from_date_parsing: 'problem.field.date',
  date_from_datetime_parsing: 'problem.field.date',
}

/** The sentence to show: the feature's, the shared one, or the fallback that names who to contact. */
export function problemSentence(t: TFunction, error: unknown, messages: ProblemMessages = {}, contact?: string): string {
  const key = problemKey(error, messages)
  if (key) return t(key as never) as string
  return t('problem.fallback', { contact: contact ?? t('problem.fallbackContact') })
}
