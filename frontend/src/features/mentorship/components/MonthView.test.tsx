import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithProviders } from '@/test/render'
import type { MentoringSession } from '../api/sessions'
import { MonthView } from './MonthView'

const session = (id: string, local: Date, status = 'scheduled'): MentoringSession => ({
  id, mentorship_id: 'm', starts_at: local.toISOString(), duration_minutes: 60, mode: 'video', status, absence: null,
  reschedule_count: 0, cancelled_by_side: null, cancelled_at: null, outcome_recorded_at: null, version: 1, created_at: local.toISOString(),
})

describe('MonthView', () => {
  it('opens on the month of the next séance, puts each one on its day at its time, and moves month by month', async () => {
    const user = userEvent.setup()
    const next = new Date(new Date().getFullYear() + 1, 2, 17, 14, 0)
    renderWithProviders(<MonthView sessions={[session('a', next), session('b', new Date(next.getFullYear(), 3, 2, 9, 30), 'cancelled')]} />)
    const view = screen.getByTestId('month-view')
    expect(within(view).getByRole('heading')).toHaveTextContent(`mars ${next.getFullYear()}`)
    const link = within(view).getByRole('link', { name: `mercredi 17 mars ${next.getFullYear()} à 14\u00a0h\u00a000, Planifiée`.replace('mercredi', new Intl.DateTimeFormat('fr', { weekday: 'long' }).format(next)) })
    expect(link).toHaveTextContent(/^14\sh\s00$/)
    expect(link.closest('td')).toHaveTextContent(/^17/)
    expect(link).toHaveAttribute('href', '#session-a')
    await user.click(within(view).getByRole('button', { name: 'Mois suivant' }))
    expect(within(view).getByRole('heading')).toHaveTextContent(`avril ${next.getFullYear()}`)
    expect(within(view).getByRole('link', { name: /9\sh\s30, Annulée/ })).toBeInTheDocument()
    await user.click(within(view).getByRole('button', { name: 'Mois précédent' }))
    await user.click(within(view).getByRole('button', { name: 'Mois précédent' }))
    expect(within(view).getByRole('heading')).toHaveTextContent(`février ${next.getFullYear()}`)
    expect(within(view).queryAllByRole('link')).toHaveLength(0)
  })
})
