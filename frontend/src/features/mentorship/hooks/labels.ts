import type { ParseKeys } from 'i18next'

const STATUSES = ['proposed', 'accepted', 'active', 'completed', 'refused', 'withdrawn'] as const

/** i18n key of a mentorship status (unknown ones read as "proposed" rather than raw text). */
export function statusKey(status: string): ParseKeys {
  const known = (STATUSES as readonly string[]).includes(status) ? status : 'proposed'
  return `mentorship.status.${known}` as ParseKeys
}
