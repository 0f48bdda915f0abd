import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ProblemError } from '@/api/problem'
import { setAccessToken } from '@/api/token'
import { demoMe, json, stubFetch } from '@/test/fetch'
import { renderWithProviders } from '@/test/render'
import { fieldProblems } from '@/lib/problems'
import { ProblemAlert } from './ProblemAlert'

const refusal = (code: string, status = 409, extra: Record<string, unknown> = {}) =>
  new ProblemError({ type: 'about:blank', title: 'Conflict', status, detail: 'No such mentorship.', code, ...extra })

describe('ProblemAlert', () => {
  beforeEach(() => {
    setAccessToken('t')
    stubFetch({ 'GET /api/v1/me': () => json(demoMe) })
  })

  it('says the feature’s sentence for a known code, never the English detail or the code in view', () => {
    renderWithProviders(<ProblemAlert error={refusal('session_in_future')} messages={{ session_in_future: 'mentorship.problems.session_in_future' }} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('La séance n’a pas encore eu lieu')
    expect(alert).not.toHaveTextContent('No such mentorship.')
    expect(screen.getByText('session_in_future')).not.toBeVisible()
  })

  it('falls back to a sentence naming the support contact, details folded', async () => {
    renderWithProviders(<ProblemAlert error={refusal('brand_new_code', 500, { request_id: 'req-42' })} />)
    expect(await screen.findByText(/Une erreur est survenue\. Réessayez ; si cela persiste, contactez support@demo\.constel\.fr\./)).toBeInTheDocument()
    await userEvent.click(screen.getByText('Détails techniques (pour le support)'))
    expect(screen.getByText('brand_new_code')).toBeVisible()
    expect(screen.getByText('req-42')).toBeVisible()
  })

  it('offers to reload the latest version on a stale version, keeping what was typed', async () => {
    const reload = vi.fn()
    renderWithProviders(<ProblemAlert error={refusal('stale_version')} onReload={reload} />)
    expect(screen.getByRole('alert')).toHaveTextContent('modifié entre-temps')
    expect(screen.getByRole('alert')).toHaveTextContent('Ce que vous avez saisi est conservé')
    await userEvent.click(screen.getByRole('button', { name: 'Recharger la dernière version' }))
    expect(reload).toHaveBeenCalledOnce()
  })

  it('maps field errors to French sentences by field name', () => {
    const error = refusal('validation_error', 422, {
      errors: [
        { loc: ['body', 'duration_minutes'], msg: 'Input should be greater than or equal to 5', type: 'greater_than_equal' },
        { loc: ['body', 'starts_at'], msg: 'Field required', type: 'missing' },
      ],
    })
    expect(fieldProblems(error)).toEqual({ duration_minutes: 'problem.field.tooSmall', starts_at: 'problem.field.missing' })
  })
})
