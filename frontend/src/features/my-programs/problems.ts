import type { ProblemMessages } from '@/lib/problems'
import { fr } from './messages'

/** Every refusal on the programs pages, in words (the codes are the API's, stable). */
export const programProblems: ProblemMessages = Object.fromEntries(
  Object.keys(fr.problems).map((code) => [code, `myPrograms.problems.${code}`]),
) as ProblemMessages
