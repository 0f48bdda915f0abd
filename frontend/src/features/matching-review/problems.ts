import type { ProblemMessages } from '@/lib/problems'

/** Every refusal of the matching API, by code, as a French (or English) sentence. */
export const MATCHING_PROBLEMS: ProblemMessages = {
  run_not_draft: 'matchingReview.problems.run_not_draft',
  nothing_to_publish: 'matchingReview.problems.nothing_to_publish',
  proposals_stale: 'matchingReview.problems.proposals_stale',
  pair_forbidden: 'matchingReview.problems.pair_forbidden',
  program_draft: 'matchingReview.problems.program_draft',
  program_read_only: 'matchingReview.problems.program_read_only',
  matching_run_not_found: 'matchingReview.problems.matching_run_not_found',
  proposal_not_found: 'matchingReview.problems.proposal_not_found',
  exclusion_not_found: 'matchingReview.problems.exclusion_not_found',
  swap_same_mentor: 'matchingReview.problems.swap_same_mentor',
  swap_same_proposal: 'matchingReview.problems.swap_same_proposal',
  person_not_found: 'matchingReview.problems.person_not_found',
  already_matched: 'matchingReview.problems.already_matched',
  not_in_matching_pool: 'matchingReview.problems.not_in_matching_pool',
  validation_error: 'matchingReview.problems.validation_error',
}
