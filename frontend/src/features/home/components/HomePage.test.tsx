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

  it('shows members where their programs and mentorship will appear', async () => {
    stubFetch({ 'GET /api/v1/me': () => json({ ...demoMe, given_name: 'Lucas', roles: ['member'] }) })
    renderWithProviders(<HomePage />)
    expect(await screen.findByRole('heading', { name: 'Vos programmes' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Votre mentorat' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Annuaire' })).not.toBeInTheDocument()
  })

  it('writes today’s date in the reader’s language', async () => {
    stubFetch({ 'GET /api/v1/me': () => json(demoMe) })
    renderWithProviders(<HomePage />)
    const expected = new Intl.DateTimeFormat('fr', { dateStyle: 'full' }).format(new Date())
    expect(await screen.findByText(`Nous sommes le ${expected}.`)).toBeInTheDocument()
  })
})
