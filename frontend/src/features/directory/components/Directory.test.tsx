import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { json, stubFetch } from '@/test/fetch'
import { renderRoutes } from '@/test/render'
import { DirectoryPage } from './DirectoryPage'
import { PersonPage } from './PersonPage'

const unit = { id: '50000000-0000-0000-0000-000000000001', name: 'Informatique', external_id: 'U-2' }
const denis = { id: '60000000-0000-0000-0000-000000000001', given_name: 'Denis', family_name: 'Directeur', email: 'd@demo.fr', external_id: null, job_title: 'Directeur', active: true }
const lucas = {
  id: '60000000-0000-0000-0000-000000000002', email: 'lucas@demo.fr', given_name: 'Lucas', family_name: 'Petit',
  external_id: null, employee_number: 'M-12', unit, job_title: 'Analyste', site: 'Lyon', languages: ['fr'],
  manager: denis, active: true, deactivated_at: null, roles: ['member'],
}

describe('Directory', () => {
  beforeEach(() => setAccessToken('t'))

  it('searches and filters by unit, keeping the filters in the URL', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/directory/people': () => json({ items: [lucas], total: 1, limit: 25, offset: 0 }),
      'GET /api/v1/directory/units': () => json([{ ...unit, parent_id: null, people_count: 1 }]),
    })
    const { router } = renderRoutes([{ path: '/directory', element: <DirectoryPage /> }], '/directory')
    const user = userEvent.setup()
    expect(await screen.findByRole('link', { name: 'Lucas Petit' })).toHaveAttribute('href', `/directory/${lucas.id}`)
    expect(screen.getByText('1 personne')).toBeInTheDocument()
    await user.type(screen.getByLabelText(/Rechercher/), 'luc')
    await user.selectOptions(await screen.findByLabelText('Unité'), unit.id)
    await user.click(screen.getByRole('button', { name: 'Filtrer' }))
    await waitFor(() => expect(router.state.location.search).toBe(`?q=luc&unit=${unit.id}`))
    await waitFor(() => {
      const last = new URL(calls.at(-1)?.url ?? '')
      expect(last.searchParams.get('q')).toBe('luc')
      expect(last.searchParams.get('unit_id')).toBe(unit.id)
    })
  })

  it('shows a person with their unit and management chain', async () => {
    stubFetch({
      [`GET /api/v1/directory/people/${lucas.id}`]: () =>
        json({ ...lucas, hired_on: null, direct_reports: 0, management_chain: [denis], pending_manager_ref: null, created_at: '', updated_at: '' }),
    })
    renderRoutes([{ path: '/directory/:personId', element: <PersonPage /> }], `/directory/${lucas.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Lucas Petit' })).toBeInTheDocument()
    expect(screen.getByText('Informatique')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Denis Directeur' })).toHaveAttribute('href', `/directory/${denis.id}`)
  })
})
