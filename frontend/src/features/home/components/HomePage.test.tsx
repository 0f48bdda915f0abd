import { screen } from '@testing-library/react'
import { setAccessToken } from '@/api/token'
import { demoMe, json, stubFetch } from '@/test/fetch'
import { renderWithProviders } from '@/test/render'
import { HomePage } from './HomePage'

describe('HomePage', () => {
  beforeEach(() => setAccessToken('t'))

  it('shows admins what comes next for programs and the directory', async () => {
    stubFetch({ 'GET /api/v1/me': () => json(demoMe) })
    renderWithProviders(<HomePage />)
    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Alice' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Programmes' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Annuaire' })).toBeInTheDocument()
    expect(screen.getByText(/Administrateur de l’organisation/)).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Votre mentorat' })).not.toBeInTheDocument()
  })

  it('shows members where their programs and mentorship will appear, and that nothing waits', async () => {
    stubFetch({
      'GET /api/v1/me': () => json({ ...demoMe, given_name: 'Lucas', roles: ['member'] }),
      'GET /api/v1/programs/mine': () => json([]),
      'GET /api/v1/mentorships': () => json({ items: [], total: 0, limit: 100, offset: 0 }),
    })
    renderWithProviders(<HomePage />)
    expect(await screen.findByRole('heading', { name: 'Vos programmes' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Votre mentorat' })).toBeInTheDocument()
    expect(screen.getByText(/Rien ne vous attend pour l’instant/)).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Annuaire' })).not.toBeInTheDocument()
  })

  it('puts a waiting proposal first, one click from where it is answered', async () => {
    const proposal = {
      id: 'm1', status: 'proposed', my_side: 'mentee', i_am_current_member: true, mentor_accepted_at: null, mentee_accepted_at: null,
      charter: { current_version: 2, mentor_signed: false, mentee_signed: false }, partner: { given_name: 'Claire', family_name: 'Martin' },
    }
    stubFetch({
      'GET /api/v1/me': () => json({ ...demoMe, given_name: 'Lucas', roles: ['member'] }),
      'GET /api/v1/programs/mine': () => json([]),
      'GET /api/v1/mentorships': () => json({ items: [proposal], total: 1, limit: 100, offset: 0 }),
    })
    renderWithProviders(<HomePage />)
    expect(await screen.findByText('Un binôme vous est proposé avec Claire Martin.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Voir la proposition' })).toHaveAttribute('href', '/mentorships/m1')
    expect(screen.queryByText(/Rien ne vous attend/)).not.toBeInTheDocument()
  })

  it('writes today’s date in the reader’s language', async () => {
    stubFetch({ 'GET /api/v1/me': () => json(demoMe) })
    renderWithProviders(<HomePage />)
    const expected = new Intl.DateTimeFormat('fr', { dateStyle: 'full' }).format(new Date()).replace(/^(\S+) 1 /, '$1 1er ')
    expect(await screen.findByText(`Nous sommes le ${expected}.`)).toBeInTheDocument()
  })
})
