import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { json, stubFetch } from '@/test/fetch'
import { renderRoutes } from '@/test/render'
import { PilotagePage } from './PilotagePage'

const P = '10000000-0000-0000-0000-000000000001'
const cell = (figure: string, kind: string, value: number | null, denominator: number | null, extra = {}) => ({
  figure, category: null, kind, scope: 'all', unit_id: null, period: null, value, denominator, suppressed: value === null,
  reason: value === null ? 'small_group' : null, ...extra,
})

describe('PilotagePage', () => {
  beforeEach(() => setAccessToken('t'))

  it('shows figures with denominators, suppressed cells as a dash with why, and downloads exports with the token', async () => {
    const createObjectURL = vi.fn(() => 'blob:kpis')
    const revokeObjectURL = vi.fn()
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { calls } = stubFetch({
      [`GET /api/v1/programs/${P}`]: () => json({ name: 'Mentorat 2026' }),
      [`GET /api/v1/programs/${P}/metrics`]: () =>
        json({
          organisation_id: P, program: null, unit_id: null, period: null, period_start: null, period_end: null,
          granularity: 'month', anonymity_threshold: 5, generated_at: '2026-03-01T10:00:00Z', units: [],
          cells: [cell('match_rate', 'rate', 0.8, 10), cell('satisfaction', 'mean', null, null),
            cell('sessions', 'count', 4, null, { period: '2026-02-01' })],
        }),
      'GET /api/v1/exports/kpis.csv': () => new Response('a;b\n', { headers: { 'Content-Type': 'text/csv' } }),
    })
    renderRoutes([{ path: '/programs/:programId/pilotage', element: <PilotagePage /> }], `/programs/${P}/pilotage`)
    const rate = await screen.findByRole('row', { name: /Taux de mise en relation/ })
    expect(rate).toHaveTextContent('80 %')
    expect(rate).toHaveTextContent('sur 10')
    const satisfaction = screen.getByRole('row', { name: /Satisfaction/ })
    expect(satisfaction).toHaveTextContent('—')
    expect(satisfaction).toHaveTextContent('Masqué')
    expect(screen.getByText('« — » : chiffre masqué pour protéger l’anonymat (moins de personnes que le seuil).')).toBeInTheDocument()
    expect(screen.queryByRole('row', { name: /^Séances/ })).not.toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Télécharger en CSV' }))
    await waitFor(() => expect(click).toHaveBeenCalled())
    const exportCall = calls.find((c) => c.url.includes('kpis.csv'))
    expect(exportCall?.headers.get('Authorization')).toBe('Bearer t')
    expect(new URL(exportCall?.url ?? '').searchParams.get('program')).toBe(P)
    expect(createObjectURL).toHaveBeenCalled()
    click.mockRestore()
  })
})
