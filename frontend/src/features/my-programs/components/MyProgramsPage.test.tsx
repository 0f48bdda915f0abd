import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { demoMe, json, problem, stubFetch } from '@/test/fetch'
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

  it('shows the charter in full, with its version, before "Je signe" signs that version', async () => {
    const user = userEvent.setup()
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(demoMe),
      'GET /api/v1/programs/mine': () => json([{ ...program('a', 'Mentorat 2026', 'eligible'), charter_version: 3 }]),
      'GET /api/v1/programs/a/charter': () =>
        json({ version: 3, body_markdown: '# Engagements\n\nJe respecte la **confidentialité**.', signed: false, signed_at: null, created_at: '2026-01-01T00:00:00Z', published_at: null }),
      'POST /api/v1/programs/a/charter/signatures': () => problem(409, 'charter_version_outdated', 'Outdated', 'charter version 4 is current'),
    })
    renderWithProviders(<MyProgramsPage />)
    const card = await screen.findByRole('region', { name: 'Mentorat 2026' })
    expect(within(card).getByText('Charte version 3')).toBeInTheDocument()
    expect(within(card).queryByRole('button', { name: 'Je signe' })).not.toBeInTheDocument()
    await user.click(within(card).getByRole('button', { name: 'Lire et signer la charte' }))
    const text = await within(card).findByRole('region', { name: 'Texte de la charte, version 3' })
    expect(within(text).getByRole('heading', { name: 'Engagements' })).toBeInTheDocument()
    expect(within(text).getByText('confidentialité').tagName).toBe('STRONG')
    await user.click(within(card).getByRole('button', { name: 'Je signe' }))
    expect(await within(card).findByText(/La charte a changé depuis que vous l’avez ouverte/)).toBeInTheDocument()
    expect(card).not.toHaveTextContent('charter version 4 is current')
    const sign = calls.find((c) => c.method === 'POST')
    expect(await sign?.json()).toEqual({ version: 3 })
  })
})
