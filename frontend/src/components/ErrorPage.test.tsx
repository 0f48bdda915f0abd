import { screen } from '@testing-library/react'
import { renderWithProviders } from '@/test/render'
import { ErrorPage } from './ErrorPage'

describe('ErrorPage', () => {
  it('says an API refusal in French, never its English title, detail or code in view', () => {
    renderWithProviders(<ErrorPage problem={{ title: 'Not found', status: 404, detail: 'No such mentorship.', code: 'pair_not_found' }} />)
    expect(screen.getByRole('heading', { level: 1, name: 'Introuvable' })).toHaveFocus()
    expect(screen.getByText(/n’existe pas ou ne vous est pas accessible/)).toBeInTheDocument()
    expect(screen.queryByText('No such mentorship.')).not.toBeInTheDocument()
    expect(screen.queryByText('Not found')).not.toBeInTheDocument()
    expect(screen.getByText('pair_not_found')).not.toBeVisible()
    expect(document.title).toBe('Introuvable · Constel')
  })

  it('uses the feature’s sentence when it has one', () => {
    renderWithProviders(
      <ErrorPage
        problem={{ title: 'Forbidden', status: 403, detail: 'nope', code: 'mentor_only' }}
        messages={{ mentor_only: 'mentorship.problems.mentor_only' }}
      />,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeInTheDocument()
    expect(screen.getByText('Seul le mentor peut faire cette action.')).toBeInTheDocument()
  })

  it('falls back to a generic message', () => {
    renderWithProviders(<ErrorPage />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Une erreur est survenue')
    expect(screen.getByRole('link', { name: 'Retour à l’accueil' })).toHaveAttribute('href', '/')
  })
})
