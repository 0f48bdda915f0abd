import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'

/**
 * A person's name from the directory, to show who acted instead of a bare id.
 * Cached for the session: an audit page repeats the same few actors.
 */
export function usePersonName(personId: string | null) {
  return useQuery({
    queryKey: ['governance', 'person-name', personId],
    enabled: personId !== null,
    staleTime: Infinity,
    retry: false,
    queryFn: async () => {
      const person = unwrap(
        await api.GET('/api/v1/directory/people/{person_id}', { params: { path: { person_id: personId ?? '' } } }),
      )
      return `${person.given_name} ${person.family_name}`.trim()
    },
  })
}
