import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { json, problem, stubFetch } from '@/test/fetch'
import { renderRoutes } from '@/test/render'
import { ErasureRequestsPage } from './ErasureRequestsPage'

const LUCAS = '00000000-0000-0000-0000-00000000000a'
const pending = {
  id: 'r1', person_id: LUCAS, status: 'pending', requested_at: '2026-03-04T10:00:00Z', executed_at: null,
  executed_by_id: null, counts: {},
}

function render(path = '/governance/erasure-requests') {
  return renderRoutes([{ path: '/governance/erasure-requests', element: <ErasureRequestsPage /> }], path)
}

describe('ErasureRequestsPage', () => {
  beforeEach(() => setAccessToken('t'))

  it('executes a pending request only after confirming what erasure does', async () => {
    let executed = false
    const { calls } = stubFetch({
      'GET /api/v1/gdpr/erasure-requests': () =>
        json({ items: [executed ? { ...pending, status: 'executed', executed_at: '2026-03-05T09:00:00Z' } : pending], total: 1, limit: 50, offset: 0 }),
      [`GET /api/v1/directory/people/${LUCAS}`]: () =>
        json({ id: LUCAS, given_name: executed ? 'Compte' : 'Lucas', family_name: executed ? 'effacé' : 'Petit' }),
      'POST /api/v1/gdpr/erasure-requests/r1/execute': () => {
        executed = true
        return json({ ...pending, status: 'executed', counts: { mentorships_ended: 1, records_deleted: 4, files_deleted: 0 } })
      },
    })
    render()
    const user = userEvent.setup()
    const row = await screen.findByRole('row', { name: /Lucas Petit/ })
    expect(row).toHaveTextContent('En attente')
    await user.click(within(row).getByRole('button', { name: 'Exécuter la demande de Lucas Petit' }))
    const confirmation = screen.getByRole('region', { name: 'Effacer Lucas Petit ?' })
    expect(screen.getByRole('heading', { name: 'Effacer Lucas Petit ?' })).toHaveFocus()
    expect(confirmation).toHaveTextContent('irréversible')

    await user.click(within(confirmation).getByRole('button', { name: 'Annuler' }))
    expect(screen.queryByRole('region', { name: 'Effacer Lucas Petit ?' })).not.toBeInTheDocument()
    await waitFor(() => expect(within(row).getByRole('button', { name: /Exécuter/ })).toHaveFocus())
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    await user.click(within(row).getByRole('button', { name: /Exécuter/ }))
    await user.click(screen.getByRole('button', { name: 'Effacer définitivement' }))
    expect(await screen.findByText('La demande est exécutée : 1 mentorats terminés, 4 éléments du coffre supprimés.')).toBeInTheDocument()
    expect(await screen.findByRole('row', { name: /Compte effacé.*Exécutée/ })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Exécuter/ })).not.toBeInTheDocument()
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1)
  })

  it('filters by status and explains a refused execution', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/gdpr/erasure-requests': () => json({ items: [pending], total: 1, limit: 50, offset: 0 }),
      [`GET /api/v1/directory/people/${LUCAS}`]: () => problem(404, 'person_not_found'),
      'POST /api/v1/gdpr/erasure-requests/r1/execute': () => problem(409, 'cannot_erase_self'),
    })
    const { router } = render()
    const user = userEvent.setup()
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Statut' }), 'pending')
    await user.click(screen.getByRole('button', { name: 'Filtrer' }))
    expect(router.state.location.search).toBe('?status=pending')
    await waitFor(() => expect(calls.some((c) => c.url.includes('status=pending'))).toBe(true))

    const row = await screen.findByRole('row', { name: /Personne 00000000/ })
    await user.click(within(row).getByRole('button', { name: /Exécuter/ }))
    await user.click(screen.getByRole('button', { name: 'Effacer définitivement' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Un autre administrateur doit exécuter votre propre demande.')
  })

  it('says when there is no request', async () => {
    stubFetch({ 'GET /api/v1/gdpr/erasure-requests': () => json({ items: [], total: 0, limit: 50, offset: 0 }) })
    render()
    expect(await screen.findByText('Aucune demande d’effacement.')).toBeInTheDocument()
  })
})
