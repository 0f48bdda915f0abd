import type { ProblemMessages } from '@/lib/problems'

/** Refusals of the program and enrolment API, by code, as sentences. */
export const PROGRAM_PROBLEMS: ProblemMessages = {
  enrolment_not_open: 'programsAdmin.problems.enrolment_not_open',
  enrolment_closed: 'programsAdmin.problems.enrolment_closed',
  program_read_only: 'programsAdmin.problems.program_read_only',
  program_not_found: 'programsAdmin.problems.program_not_found',
  unknown_unit: 'programsAdmin.problems.unknown_unit',
  program_incomplete: 'programsAdmin.problems.program_incomplete',
  transition_not_allowed: 'programsAdmin.problems.transition_not_allowed',
  invalid_dates: 'programsAdmin.problems.invalid_dates',
  csv_empty: 'programsAdmin.problems.csv_empty',
  csv_malformed: 'programsAdmin.problems.csv_malformed',
  csv_missing_email: 'programsAdmin.problems.csv_missing_email',
  csv_missing_columns: 'programsAdmin.problems.csv_missing_email',
  csv_bad_encoding: 'programsAdmin.problems.csv_bad_encoding',
  csv_too_large: 'programsAdmin.problems.csv_too_large',
  csv_too_long: 'programsAdmin.problems.csv_too_large',
  csv_file_missing: 'programsAdmin.problems.csv_empty',
  csv_duplicate_columns: 'programsAdmin.problems.csv_malformed',
  questionnaire_locked: 'programsAdmin.problems.questionnaire_locked',
  invalid_questionnaire: 'programsAdmin.problems.invalid_questionnaire',
  stale_version: 'programsAdmin.problems.stale_version',
}
