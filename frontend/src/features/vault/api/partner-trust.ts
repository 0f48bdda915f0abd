import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { acceptPartnerKey, markPartnerVerified, partnerTrust, useVaultState } from '@/lib/vault-session'

const key = (partnerId: string, version: number) => ['vault', 'trust', partnerId, version] as const

/** Where trust in this partner stands (re-read whenever a pin changes). */
export function usePartnerTrust(partnerId: string | undefined) {
  const { keys, trustVersion } = useVaultState()
  return useQuery({
    queryKey: key(partnerId ?? '', trustVersion),
    queryFn: () => partnerTrust(partnerId ?? ''),
    enabled: Boolean(keys && partnerId),
    placeholderData: (previous) => previous,
  })
}

export function useAcceptPartnerKey(partnerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => acceptPartnerKey(partnerId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['vault', 'trust', partnerId] }),
  })
}

export function useMarkVerified(partnerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => markPartnerVerified(partnerId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['vault', 'trust', partnerId] }),
  })
}
