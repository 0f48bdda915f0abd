import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'

export interface PairPartner {
  mentorshipId: string
  partnerId: string
  name: string
}

/** The other person of a pair (id and name), for the safety-number screen. */
export function usePairPartner(mentorshipId: string) {
  return useQuery({
    queryKey: ['mentorships', mentorshipId, 'partner'],
    queryFn: async (): Promise<PairPartner> => {
      const m = unwrap(await api.GET('/api/v1/mentorships/{mentorship_id}', { params: { path: { mentorship_id: mentorshipId } } }))
      const partnerId = m.my_side === 'mentor' ? m.mentee_id : m.mentor_id
      const name = m.partner ? `${m.partner.given_name} ${m.partner.family_name}` : ''
      return { mentorshipId, partnerId, name }
    },
  })
}
