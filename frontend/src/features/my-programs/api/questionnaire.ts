import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type Question = components['schemas']['QuestionnaireRead']['questions'][number]
export type Label = components['schemas']['Label']
export type MyParticipation = components['schemas']['MyParticipationRead']
export type Answers = Record<string, unknown>

const path = (programId: string) => ({ path: { program_id: programId } })
const participationKey = (programId: string) => ['programs', programId, 'participation', 'me'] as const

export function useQuestionnaire(programId: string) {
  return useQuery({
    queryKey: ['programs', programId, 'questionnaire'],
    queryFn: async () => unwrap(await api.GET('/api/v1/programs/{program_id}/questionnaire', { params: path(programId) })),
  })
}

/** My participation, with the answers I saved so the form opens prefilled. */
export function useMyParticipation(programId: string) {
  return useQuery({
    queryKey: participationKey(programId),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/programs/{program_id}/participants/me', { params: path(programId) })),
  })
}

/** Replaces all my answers; a 422 lists the answers that do not fit their question. */
export function useUpdateAnswers(programId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (answers: Answers) =>
      unwrap(
        await api.PUT('/api/v1/programs/{program_id}/participants/me/answers', {
          params: path(programId),
          body: { answers },
        }),
      ),
    onSuccess: (participation) => {
      queryClient.setQueryData(participationKey(programId), participation)
      void queryClient.invalidateQueries({ queryKey: ['programs', 'mine'] })
    },
  })
}

/** The questions meant for my role in the program. */
export function questionsFor(questions: Question[], role: string): Question[] {
  return questions.filter((q) => q.audience === 'both' || q.audience === role)
}
