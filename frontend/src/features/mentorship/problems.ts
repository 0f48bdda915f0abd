import type { ProblemMessages } from '@/lib/problems'
import { fr } from './messages'

/** Every refusal the pair space can meet, in words (the codes are the API's, stable). */
export const mentorshipProblems: ProblemMessages = Object.fromEntries(
  Object.keys(fr.problems).map((code) => [code, `mentorship.problems.${code}`]),
) as ProblemMessages
