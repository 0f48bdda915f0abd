import { render, screen } from '@testing-library/react'
import { ErrorPage } from './ErrorPage'

describe('ErrorPage', () => {
  it('shows the title, detail and code of an API problem', () => {
    render(
      <ErrorPage
        problem={{ title: 'Not allowed', status: 403, detail: 'You may not see this program.', code: 'forbidden' }}
      />,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Not allowed' })).toHaveFocus()
    expect(screen.getByText('You may not see this program.')).toBeInTheDocument()
    expect(screen.getByText('forbidden')).toBeInTheDocument()
    expect(screen.getByText('403')).toBeInTheDocument()
    expect(document.title).toBe('Not allowed · Constel')
  })

  it('falls back to a generic message', () => {
    render(<ErrorPage />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Une erreur est survenue')
    expect(screen.getByRole('link', { name: 'Retour à l’accueil' })).toHaveAttribute('href', '/')
  })
})
