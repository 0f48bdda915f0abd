import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { json, stubFetch } from '@/test/fetch'
import { QueryClientProvider } from '@tanstack/react-query'
import { render as renderDom } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { testQueryClient } from '@/test/render'
import { AuditLogPage } from './AuditLogPage'

const ALICE = '00000000-0000-0000-0000-000000000001'
const PROGRAM = '10000000-0000-0000-0000-000000000001'
const event = (i: number, extra = {}) => ({
  id: `e${i}`, action: 'program.questionnaire.update', actor_person_id: ALICE, actor_client_id: null, target_type: 'program',
  target_id: PROGRAM, request_id: `req-${i}`, created_at: '2026-03-04T10:15:00Z', ...extra,
})

/** Like renderRoutes, but the initial entry may carry a query string. */
function render(path = '/governance/audit') {
  const router = createMemoryRouter([{ path: '/governance/audit', element: <AuditLogPage /> }], { initialEntries: [path] })
  renderDom(
    <QueryClientProvider client={testQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { router }
}

describe('AuditLogPage', () => {
  beforeEach(() => setAccessToken('t'))

  it('lists events newest first with the actor’s name, and pages through them', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/audit-events': (request) => {
        const offset = Number(new URL(request.url).searchParams.get('offset'))
        const items = offset === 0 ? [event(1), event(2, { actor_person_id: null })] : [event(3, { action: 'auth.login' })]
        return json({ items, total: 51, limit: 50, offset })
      },
      [`GET /api/v1/directory/people/${ALICE}`]: () => json({ id: ALICE, given_name: 'Alice', family_name: 'Administratrice' }),
    })
    const { router } = render()
    expect(screen.getByRole('heading', { level: 1, name: 'Journal d’audit' })).toBeInTheDocument()
    const rows = await screen.findAllByRole('row')
    expect(rows).toHaveLength(3)
    expect(await within(rows[1] as HTMLElement).findByText('Alice Administratrice')).toBeInTheDocument()
    expect(rows[1]).toHaveTextContent('program.questionnaire.update')
    expect(rows[1]).toHaveTextContent(PROGRAM)
    expect(rows[2]).toHaveTextContent('Système')
    expect(screen.getByRole('status')).toHaveTextContent('1–50 sur 51')
    expect(calls.filter((c) => c.url.includes('/directory/people/'))).toHaveLength(1)

    await userEvent.click(screen.getByRole('button', { name: 'Page suivante' }))
    expect(await screen.findByText('auth.login')).toBeInTheDocument()
    expect(router.state.location.search).toBe('?offset=50')
    expect(screen.getByRole('button', { name: 'Page suivante' })).toBeDisabled()
  })

  it('sends the filters the endpoint supports, keeps them in the URL, and checks ids and dates first', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/audit-events': () => json({ items: [], total: 0, limit: 50, offset: 0 }),
    })
    const { router } = render()
    expect(await screen.findByText('Aucun événement ne correspond à ces critères.')).toBeInTheDocument()
    const user = userEvent.setup()
    const filters = screen.getByRole('search', { name: 'Filtrer le journal' })
    await user.type(within(filters).getByLabelText('Action'), 'program.questionnaire.update')
    await user.type(within(filters).getByLabelText('Identifiant de l’auteur'), 'not-an-id')
    await user.type(within(filters).getByLabelText('Du'), '2026-03-10')
    await user.type(within(filters).getByLabelText('Au (inclus)'), '2026-03-01')
    await user.click(within(filters).getByRole('button', { name: 'Filtrer' }))
    expect(within(filters).getByLabelText('Identifiant de l’auteur')).toHaveAccessibleDescription('Saisissez un identifiant complet (UUID).')
    expect(within(filters).getByLabelText('Au (inclus)')).toHaveAccessibleDescription('La date de début doit précéder la date de fin.')
    expect(calls).toHaveLength(1)

    await user.clear(within(filters).getByLabelText('Identifiant de l’auteur'))
    await user.type(within(filters).getByLabelText('Identifiant de l’auteur'), ALICE)
    await user.clear(within(filters).getByLabelText('Au (inclus)'))
    await user.type(within(filters).getByLabelText('Au (inclus)'), '2026-03-31')
    await user.type(within(filters).getByLabelText('Type d’objet'), 'program')
    await user.click(within(filters).getByRole('button', { name: 'Filtrer' }))
    await vi.waitFor(() => expect(calls).toHaveLength(2))
    const sent = new URL(calls[1]?.url ?? '').searchParams
    expect(sent.get('action')).toBe('program.questionnaire.update')
    expect(sent.get('actor_id')).toBe(ALICE)
    expect(sent.get('target_type')).toBe('program')
    expect(sent.get('since')).toBe(new Date(2026, 2, 10).toISOString())
    expect(sent.get('until')).toBe(new Date(2026, 3, 1).toISOString())
    expect(sent.get('limit')).toBe('50')
    expect(new URLSearchParams(router.state.location.search).get('actor')).toBe(ALICE)
  })

  it('opens with the filters found in the URL', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/audit-events': () => json({ items: [], total: 0, limit: 50, offset: 0 }),
    })
    render(`/governance/audit?target=${PROGRAM}&action=auth.login`)
    expect(await screen.findByLabelText('Identifiant de l’objet')).toHaveValue(PROGRAM)
    await vi.waitFor(() => expect(calls).toHaveLength(1))
    const sent = new URL(calls[0]?.url ?? '').searchParams
    expect(sent.get('target_id')).toBe(PROGRAM)
    expect(sent.get('action')).toBe('auth.login')
  })
})
