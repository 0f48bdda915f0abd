import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { demoMe, json, problem, stubFetch } from '@/test/fetch'
import { renderWithProviders } from '@/test/render'
import { AccountPage } from './AccountPage'

const erasure = {
  id: 'r1', person_id: demoMe.id, status: 'pending', requested_at: '2026-03-04T10:00:00Z', executed_at: null,
  executed_by_id: null, counts: {},
}

describe('My data (GDPR)', () => {
  beforeEach(() => setAccessToken('t'))

  it('downloads my data export with the bearer token, under the name the API suggests', async () => {
    const createObjectURL = vi.fn(() => 'blob:export')
    const revokeObjectURL = vi.fn()
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }))
    let downloaded = ''
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download
    })
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(demoMe),
      'GET /api/v1/calendar/feed': () => json({ active: false, created_at: null, last_fetched_at: null }),
      'GET /api/v1/me/data-export': () =>
        new Response('{"format":"constel-data-export/1"}', {
          headers: { 'Content-Type': 'application/json', 'Content-Disposition': 'attachment; filename="constel-data-export.json"' },
        }),
    })
    renderWithProviders(<AccountPage />)
    expect(await screen.findByRole('heading', { level: 2, name: 'Mes données personnelles' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger mes données (JSON)' }))
    expect(await screen.findByText('Le téléchargement de vos données a commencé.')).toBeInTheDocument()
    expect(click).toHaveBeenCalled()
    expect(downloaded).toBe('constel-data-export.json')
    expect(createObjectURL).toHaveBeenCalled()
    expect(calls.find((c) => c.url.endsWith('/me/data-export'))?.headers.get('Authorization')).toBe('Bearer t')
    click.mockRestore()
  })

  it('says when the export fails', async () => {
    stubFetch({
      'GET /api/v1/me': () => json(demoMe),
      'GET /api/v1/calendar/feed': () => json({ active: false, created_at: null, last_fetched_at: null }),
      'GET /api/v1/me/data-export': () => problem(500, 'internal_error'),
    })
    renderWithProviders(<AccountPage />)
    await userEvent.click(await screen.findByRole('button', { name: 'Télécharger mes données (JSON)' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Le téléchargement a échoué.')
  })

  it('explains the consequences before asking for erasure, and can be cancelled', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(demoMe),
      'GET /api/v1/calendar/feed': () => json({ active: false, created_at: null, last_fetched_at: null }),
      'POST /api/v1/me/erasure-request': () => json(erasure, 201),
    })
    renderWithProviders(<AccountPage />)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Demander l’effacement…' }))
    const confirmation = screen.getByRole('group', { name: 'Confirmer la demande d’effacement' })
    expect(screen.getByRole('heading', { name: 'Confirmer la demande d’effacement' })).toHaveFocus()
    expect(confirmation).toHaveTextContent('votre compte est pseudonymisé')
    expect(confirmation).toHaveTextContent('Cette action est irréversible.')
    await user.click(screen.getByRole('button', { name: 'Annuler' }))
    expect(screen.queryByRole('group', { name: 'Confirmer la demande d’effacement' })).not.toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Demander l’effacement…' })).toHaveFocus())
    expect(calls.some((c) => c.url.endsWith('/erasure-request'))).toBe(false)

    await user.click(screen.getByRole('button', { name: 'Demander l’effacement…' }))
    await user.click(screen.getByRole('button', { name: 'Oui, demander l’effacement' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Votre demande d’effacement du mercredi 4 mars 2026 est enregistrée.')
    expect(calls.filter((c) => c.url.endsWith('/erasure-request'))).toHaveLength(1)
  })

  it('tells a person who already asked', async () => {
    stubFetch({
      'GET /api/v1/me': () => json(demoMe),
      'GET /api/v1/calendar/feed': () => json({ active: false, created_at: null, last_fetched_at: null }),
      'POST /api/v1/me/erasure-request': () => problem(409, 'erasure_already_requested'),
    })
    renderWithProviders(<AccountPage />)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Demander l’effacement…' }))
    await user.click(screen.getByRole('button', { name: 'Oui, demander l’effacement' }))
    expect(await screen.findByText('Vous avez déjà demandé l’effacement : un administrateur va l’exécuter.')).toBeInTheDocument()
  })
})
