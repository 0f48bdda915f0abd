import { useQuery } from '@tanstack/react-query'
import type { components } from './generated/schema'
import { api, unwrap } from './client'

export type Me = components['schemas']['MeRead']
export type Role = 'platform_operator' | 'org_admin' | 'program_manager' | 'member'

export const meQueryKey = ['me'] as const

export async function getMe(): Promise<Me> {
  return unwrap(await api.GET('/api/v1/me'))
}

/** The signed-in person; every screen reads roles and organisation from here. */
export function useMe({ enabled = true, throwOnError = true }: { enabled?: boolean; throwOnError?: boolean } = {}) {
  return useQuery({ queryKey: meQueryKey, queryFn: getMe, enabled, throwOnError, staleTime: 60_000 })
}

export function hasRole(me: Pick<Me, 'roles'>, ...roles: Role[]): boolean {
  return me.roles.some((role) => (roles as string[]).includes(role))
}
