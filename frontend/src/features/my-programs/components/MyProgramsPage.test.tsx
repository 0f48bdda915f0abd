import { screen, within } from '@testing-library/react'
import { setAccessToken } from '@/api/token'
import { json, stubFetch } from '@/test/fetch'
import { renderWithProviders } from '@/test/render'
import { MyProgramsPage } from './MyProgramsPage'

const program = (id: string, name: string, state: string | null) => ({
  id, name, description: null, may_apply_as: [], charter_version: null, signed_current_charter: false,
  participation: state ? { id: `p-${id}`, role: 'mentee', state, ineligibility_reasons: [] } : null,
})

describe('MyProgramsPage', () => {
  beforeEach(() => setAccessToken('t'))

  it('links to the questionnaire and events of programs I am enrolled in, not of mere invitations', async () => {
    stubFetch({
      'GET /api/v1/programs/mine': () =>
        json([program('a', 'Mentorat 2026', 'applied'), program('b', 'Mentorat managers', 'invited'), program('c', 'Ouvert', null)]),
    })
    renderWithProviders(<MyProgramsPage />)
    const enrolled = await screen.findByRole('region', { name: 'Mentorat 2026' })
    expect(within(enrolled).getByRole('link', { name: 'Mon questionnaire et mes événements' })).toHaveAttribute('href', '/my-programs/a')
    expect(within(screen.getByRole('region', { name: 'Mentorat managers' })).queryByRole('link')).not.toBeInTheDocument()
    expect(within(screen.getByRole('region', { name: 'Ouvert' })).queryByRole('link')).not.toBeInTheDocument()
  })
})
