import { useQuery } from '@tanstack/react-query'
import { fetchMyVault } from '@/lib/vault-session'

export const myVaultKey = ['vault', 'me'] as const

/** Whether this person already has a vault (key material and bundle on the server). */
export function useMyVault() {
  return useQuery({ queryKey: myVaultKey, queryFn: fetchMyVault })
}
