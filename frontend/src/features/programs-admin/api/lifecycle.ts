import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { api } from '@/api/client'
import { ProblemError, toProblemError } from '@/api/problem'
import { programKeys } from './programs'

export const LIFECYCLE_ACTIONS = ['open-enrolment', 'start', 'close', 'archive'] as const
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number]

/** Which action moves a program on from each status. */
export const NEXT_ACTION: Record<string, LifecycleAction | undefined> = {
  draft: 'open-enrolment',
  enrolment_open: 'start',
  running: 'close',
  closed: 'archive',
}

const refusalSchema = z.object({ missing: z.array(z.string()).optional() })

/** A refused transition; `missing` lists the prerequisites the API reported (problem+json extension). */
export class TransitionError extends ProblemError {
  readonly missing: string[]

  constructor(base: ProblemError, missing: string[]) {
    super(base.problem, base.retryAfter)
    this.missing = missing
  }
}

export async function transitionProgram(programId: string, action: LifecycleAction) {
  const result = await api.POST('/api/v1/programs/{program_id}/actions/{action}', {
    params: { path: { program_id: programId, action } },
  })
  if (result.response.ok && result.data) return result.data
  const missing = refusalSchema.safeParse(result.error).data?.missing ?? []
  throw new TransitionError(toProblemError(result.error, result.response), missing)
}

export function useTransitionProgram(programId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (action: LifecycleAction) => transitionProgram(programId, action),
    onSuccess: (program) => {
      queryClient.setQueryData(programKeys.detail(programId), program)
      void queryClient.invalidateQueries({ queryKey: programKeys.list() })
    },
  })
}
