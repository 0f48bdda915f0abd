import { z } from 'zod'

/** RFC 9457 problem details as the API sends them; validated at the edge. */
export const problemSchema = z
  .object({
  type: z.string().optional(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().nullish(),
  code: z.string(),
  errors: z
    .array(
      z.object({
        loc: z.array(z.union([z.string(), z.number()])),
        msg: z.string(),
        type: z.string(),
      }),
    )
    .nullish(),
  })
  // Extra members (request_id, current_version) are kept for the folded technical details.
  .loose()

export type Problem = z.infer<typeof problemSchema>

export class ProblemError extends Error {
  readonly problem: Problem
  /** Seconds from a Retry-After header (429), when the API sent one. */
  readonly retryAfter: number | undefined

  constructor(problem: Problem, retryAfter?: number) {
    super(problem.detail ?? problem.title)
    this.name = 'ProblemError'
    this.problem = problem
    this.retryAfter = retryAfter
  }

  get code(): string {
    return this.problem.code
  }

  get status(): number {
    return this.problem.status
  }
}

/** Turns whatever came back (problem+json, other JSON, nothing) into a ProblemError. */
export function toProblemError(body: unknown, response: Response | undefined): ProblemError {
  const parsed = problemSchema.safeParse(body)
  const retryHeader = Number(response?.headers.get('Retry-After') ?? Number.NaN)
  const retryAfter = Number.isFinite(retryHeader) ? retryHeader : undefined
  if (parsed.success) return new ProblemError(parsed.data, retryAfter)
  const status = response?.status ?? 0
  return new ProblemError({
    type: 'about:blank',
    title: response?.statusText || 'Error',
    status,
    detail: null,
    code: status === 0 ? 'network_error' : `http_${status}`,
  })
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError
}
