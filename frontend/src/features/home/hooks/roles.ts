import type { ParseKeys } from 'i18next'

const KNOWN = ['platform_operator', 'org_admin', 'program_manager', 'member'] as const

/** Translation key for a role name; unknown roles read as "participant". */
export function roleLabelKey(role: string): ParseKeys {
  return (KNOWN as readonly string[]).includes(role) ? (`roles.${role}` as ParseKeys) : 'roles.member'
}
