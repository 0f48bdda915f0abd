import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/generated/schema'

export type Questionnaire = components['schemas']['QuestionnaireRead']
export type Question = Questionnaire['questions'][number]

const key = (id: string) => ['programs-admin', 'questionnaire', id] as const

export async function getQuestionnaire(programId: string) {
  return unwrap(
    await api.GET('/api/v1/programs/{program_id}/questionnaire', { params: { path: { program_id: programId } } }),
  )
}

export function useQuestionnaire(programId: string) {
  return useQuery({ queryKey: key(programId), queryFn: () => getQuestionnaire(programId) })
}

/** The API replaces the whole list: adding or removing a question sends every question. */
export async function replaceQuestionnaire(programId: string, questions: Question[]) {
  return unwrap(
    await api.PUT('/api/v1/programs/{program_id}/questionnaire', {
      params: { path: { program_id: programId } },
      body: { questions },
    }),
  )
}

export function useReplaceQuestionnaire(programId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (questions: Question[]) => replaceQuestionnaire(programId, questions),
    onSuccess: (questionnaire) => queryClient.setQueryData(key(programId), questionnaire),
  })
}
