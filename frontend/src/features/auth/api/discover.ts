import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type Discovery = components['schemas']['DiscoveryRead']

/** How this e-mail signs in (password or its organisation's provider), decided by its domain. */
export async function discover(email: string): Promise<Discovery> {
  return unwrap(await api.POST('/api/v1/auth/discover', { body: { email } }))
}
