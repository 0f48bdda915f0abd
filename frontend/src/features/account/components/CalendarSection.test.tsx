import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { demoMe, json, stubFetch } from '@/test/fetch'
import { renderWithProviders } from '@/test/render'
import { CalendarSection } from './CalendarSection'

describe('Calendar subscription', () => {
  beforeEach(() => setAccessToken('t'))

  it('creates a link shown once with a copy button, renews it through a dialog, then revokes it', async () => {
    const user = userEvent.setup()
    let active = false
    let n = 0
    const writeText = vi.fn(async () => {})
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(demoMe),
      'GET /api/v1/calendar/feed': () => json({ active, created_at: active ? '2026-12-03T10:00:00Z' : null, last_fetched_at: null }),
      'POST /api/v1/calendar/feed': () => {
        active = true
        n += 1
        return json({ url: `https://constel.example/api/v1/calendar/sessions.ics?token=cal_${n}`, created_at: '2026-12-03T10:00:00Z' }, 201)
      },
      'DELETE /api/v1/calendar/feed': () => {
        active = false
        return new Response(null, { status: 204 })
      },
    })
    renderWithProviders(<CalendarSection />)
    expect(await screen.findByText('Vous n’avez pas de lien d’abonnement.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Créer mon lien d’abonnement' }))
    const link = await screen.findByLabelText('Lien d’abonnement')
    expect(link).toHaveValue('https://constel.example/api/v1/calendar/sessions.ics?token=cal_1')
    await user.click(screen.getByRole('button', { name: 'Copier le lien' }))
    expect(writeText).toHaveBeenCalledWith('https://constel.example/api/v1/calendar/sessions.ics?token=cal_1')
    expect(await screen.findByText('Lien copié.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Renouveler le lien' }))
    const renew = await screen.findByRole('alertdialog', { name: 'Renouveler le lien d’abonnement ?' })
    expect(renew).toHaveTextContent('l’ancien cessera de fonctionner')
    await user.click(within(renew).getByRole('button', { name: 'Renouveler le lien' }))
    expect(await screen.findByDisplayValue('https://constel.example/api/v1/calendar/sessions.ics?token=cal_2')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Révoquer le lien' }))
    const revoke = await screen.findByRole('alertdialog', { name: 'Révoquer le lien d’abonnement ?' })
    await user.click(within(revoke).getByRole('button', { name: 'Révoquer le lien' }))
    expect(await screen.findByText('Le lien est révoqué : votre agenda ne recevra plus vos séances.')).toBeInTheDocument()
    expect(screen.queryByLabelText('Lien d’abonnement')).not.toBeInTheDocument()
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1)
  })
})
