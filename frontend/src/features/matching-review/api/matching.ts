import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'
import type { QuestionLabels } from '../model/explain'

export type Run = components['schemas']['RunRead']
export type RunSummary = components['schemas']['RunSummary']
export type Proposal = components['schemas']['ProposalRead']
export type PairCheck = components['schemas']['PairCheckRead']
export type ManualPair = components['schemas']['ManualPairCreate']
export type Words = components['schemas']['Words']

const runsKey = (programId: string) => ['matching-review', 'runs', programId] as const
const runKey = (programId: string, runId: string) => ['matching-review', 'run', programId, runId] as const

export async function getProgramName(programId: string) {
  const program = unwrap(
    await api.GET('/api/v1/programs/{program_id}', { params: { path: { program_id: programId } } }),
  )
  return program.name
}

export function useProgramName(programId: string) {
  return useQuery({ queryKey: ['matching-review', 'program', programId], queryFn: () => getProgramName(programId) })
}

export async function listRuns(programId: string) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/matching/runs', { params: { path: { program_id: programId } } }),
  )
}

/** The newest run, the one under review (runs come newest first or not: sort to be sure). */
export function useLatestRunId(programId: string) {
  return useQuery({
    queryKey: runsKey(programId),
    queryFn: () => listRuns(programId),
    select: (runs) => [...runs].sort((a, b) => b.created_at.localeCompare(a.created_at))[0]?.id ?? null,
  })
}

export async function getRun(programId: string, runId: string) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/matching/runs/{run_id}', {
      params: { path: { program_id: programId, run_id: runId } },
    }),
  )
}

export function useRun(programId: string, runId: string | null | undefined) {
  return useQuery({
    queryKey: runKey(programId, runId ?? ''),
    queryFn: () => getRun(programId, runId ?? ''),
    enabled: Boolean(runId),
  })
}

/** Refetches every matching-review query of this program (runs, run, exclusions, settings). */
export function useRefresh(programId: string) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: ['matching-review'] , predicate: (q) => q.queryKey.includes(programId) })
}

export function useCreateRun(programId: string) {
  const refresh = useRefresh(programId)
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/programs/{program_id}/matching/runs', { params: { path: { program_id: programId } } }),
      ),
    onSuccess: refresh,
  })
}

export function useProposalAction(programId: string, runId: string) {
  const refresh = useRefresh(programId)
  return useMutation({
    mutationFn: async ({ proposalId, action }: { proposalId: string; action: 'pin' | 'unpin' | 'exclude' }) => {
      const path = { program_id: programId, run_id: runId, proposal_id: proposalId }
      if (action === 'pin') {
        unwrap(await api.POST('/api/v1/programs/{program_id}/matching/runs/{run_id}/proposals/{proposal_id}/pin', { params: { path } }))
      } else if (action === 'unpin') {
        unwrap(await api.DELETE('/api/v1/programs/{program_id}/matching/runs/{run_id}/proposals/{proposal_id}/pin', { params: { path } }))
      } else {
        unwrap(await api.POST('/api/v1/programs/{program_id}/matching/runs/{run_id}/proposals/{proposal_id}/exclude', { params: { path } }))
      }
    },
    onSuccess: refresh,
  })
}

export async function checkPair(programId: string, menteeId: string, mentorId: string) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/matching/check', {
      params: { path: { program_id: programId }, query: { mentee_id: menteeId, mentor_id: mentorId } },
    }),
  )
}

export function useCheckPair(programId: string) {
  return useMutation({ mutationFn: ({ menteeId, mentorId }: { menteeId: string; mentorId: string }) => checkPair(programId, menteeId, mentorId) })
}

export function useAddManualPair(programId: string, runId: string) {
  const refresh = useRefresh(programId)
  return useMutation({
    mutationFn: async (body: ManualPair) =>
      unwrap(
        await api.POST('/api/v1/programs/{program_id}/matching/runs/{run_id}/proposals', {
          params: { path: { program_id: programId, run_id: runId } },
          body,
        }),
      ),
    onSuccess: refresh,
  })
}

export function usePublishRun(programId: string, runId: string) {
  const refresh = useRefresh(programId)
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/programs/{program_id}/matching/runs/{run_id}/publish', {
          params: { path: { program_id: programId, run_id: runId } },
        }),
      ),
    onSuccess: refresh,
  })
}

/** Mentees and mentors of the program, for the manual pair form. */
export async function listPeopleByRole(programId: string) {
  const page = unwrap(
    await api.GET('/api/v1/programs/{program_id}/participants', {
      params: { path: { program_id: programId }, query: { limit: 500 } },
    }),
  )
  const usable = page.items.filter((p) => p.state === 'eligible' || p.state === 'active')
  const brief = (p: (typeof usable)[number]) => ({ id: p.person.id, name: `${p.person.given_name} ${p.person.family_name}` })
  return {
    mentees: usable.filter((p) => p.role === 'mentee').map(brief),
    mentors: usable.filter((p) => p.role === 'mentor').map(brief),
  }
}

export function usePeopleByRole(programId: string) {
  return useQuery({ queryKey: ['matching-review', 'people', programId], queryFn: () => listPeopleByRole(programId) })
}

/** Question key → its label and option labels in the reader's language, to name questionnaire criteria. */
export async function getQuestionLabels(programId: string, language: string): Promise<QuestionLabels> {
  const questionnaire = unwrap(
    await api.GET('/api/v1/programs/{program_id}/questionnaire', { params: { path: { program_id: programId } } }),
  )
  const pick = (label: { fr: string; en: string }) => (language === 'en' ? label.en || label.fr : label.fr)
  const out: QuestionLabels = {}
  for (const q of questionnaire.questions) {
    const options = 'options' in q ? Object.fromEntries(q.options.map((o) => [o.value, pick(o.label)])) : {}
    out[q.key] = { label: pick(q.label), options }
  }
  return out
}

export function useQuestionLabels(programId: string, language: string) {
  return useQuery({
    queryKey: ['matching-review', 'questions', programId, language],
    queryFn: () => getQuestionLabels(programId, language),
  })
}

export type PairFollowUp = components['schemas']['PairFollowUp']
export type Rematch = components['schemas']['RematchRead']

/** The program's pairs with their dates and sessions (metadata only; each read is audited). */
export function usePairs(programId: string) {
  return useQuery({
    queryKey: ['matching-review', 'pairs', programId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/programs/{program_id}/pairs', {
          params: { path: { program_id: programId }, query: { limit: 500 } },
        }),
      ),
  })
}

/** Mentees whose mentor withdrew, waiting for a new one. */
export function useRematches(programId: string) {
  return useQuery({
    queryKey: ['matching-review', 'rematches', programId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/programs/{program_id}/matching/rematches', { params: { path: { program_id: programId } } }),
      ),
  })
}
