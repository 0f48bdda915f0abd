import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type MyEvent = components['schemas']['MyEventRead']

/** Program events (kick-off, trainings…) I am invited to, with my attendance. */
export function useMyEvents(programId: string) {
  return useQuery({
    queryKey: ['programs', programId, 'events', 'mine'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/programs/{program_id}/events/mine', { params: { path: { program_id: programId } } })),
  })
}
