import { toProblemError } from './problem'

describe('toProblemError', () => {
  it('keeps the problem+json fields and the Retry-After delay', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '42' } })
    const error = toProblemError(
      { type: 'about:blank', title: 'Too many', status: 429, detail: 'Slow down', code: 'too_many_attempts' },
      response,
    )
    expect(error.code).toBe('too_many_attempts')
    expect(error.status).toBe(429)
    expect(error.message).toBe('Slow down')
    expect(error.retryAfter).toBe(42)
  })

  it('keeps field errors of a validation problem', () => {
    const error = toProblemError(
      {
        title: 'Invalid',
        status: 422,
        code: 'validation_error',
        errors: [{ loc: ['body', 'new_password'], msg: 'too short', type: 'string_too_short' }],
      },
      new Response(null, { status: 422 }),
    )
    expect(error.problem.errors?.[0]?.loc).toEqual(['body', 'new_password'])
  })

  it('builds a generic problem from a body that is not problem+json', () => {
    const error = toProblemError('<html>bad gateway</html>', new Response(null, { status: 502, statusText: 'Bad Gateway' }))
    expect(error.code).toBe('http_502')
    expect(error.status).toBe(502)
    expect(error.retryAfter).toBeUndefined()
  })
})
