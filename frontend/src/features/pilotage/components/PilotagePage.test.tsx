import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { json, stubFetch } from '@/test/fetch'
import { renderRoutes } from '@/test/render'
import { periodChoices, PilotagePage } from './PilotagePage'

const P = '10000000-0000-0000-0000-000000000001'
const U = '20000000-0000-0000-0000-000000000002'
const cell = (figure: string, kind: string, value: number | null, denominator: number | null, extra = {}) => ({
  figure, category: null, kind, scope: 'all', unit_id: null, period: null, value, denominator, suppressed: value === null,
  reason: value === null ? 'small_group' : null, ...extra,
})

function report() {
  return {
    organisation_id: P, program: null, unit_id: null, period: null, period_start: null, period_end: null,
    granularity: 'month', anonymity_threshold: 5, generated_at: '2026-03-01T10:00:00Z', units: [],
    cells: [
      cell('participants', 'count', 12, null),
      cell('match_rate', 'rate', 0.8, 10), cell('match', 'count', 8, null, { category: 'matched' }),
      cell('match', 'count', null, null, { category: 'unmatched' }),
      cell('satisfaction', 'count', 6, null, { category: 'mentee' }),
      cell('satisfaction_mean', 'mean', 4.25, 6, { category: 'mentee' }),
      cell('satisfaction_mean', 'mean', null, null, { category: 'mentor', reason: 'complementary' }),
      cell('sessions', 'count', 7, null, { category: 'held', period: '2026-02-01' }),
      cell('sessions', 'count', null, null, { category: 'missed', period: '2026-02-01' }),
    ],
  }
}

describe('PilotagePage', () => {
  beforeEach(() => setAccessToken('t'))

  it('charts figures with their denominators, hidden cells in words, filters and French exports', { timeout: 30_000 }, async () => {
    const createObjectURL = vi.fn(() => 'blob:kpis')
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { calls } = stubFetch({
      [`GET /api/v1/programs/${P}`]: () => json({ name: 'Mentorat 2026', starts_on: '2026-01-05', ends_on: '2026-12-20' }),
      'GET /api/v1/directory/units': () => json([{ id: U, name: 'Informatique', external_id: null, parent_id: null, people_count: 3 }]),
      [`GET /api/v1/programs/${P}/metrics`]: () => json(report()),
      'GET /api/v1/exports/kpis.csv': () =>
        new Response('a;b\n', {
          headers: {
            'Content-Type': 'text/csv',
            'Content-Disposition': "attachment; filename=\"x.csv\"; filename*=UTF-8''Indicateurs%20-%20Mentorat%202026%20-%202026-03-01.csv",
          },
        }),
    })
    renderRoutes([{ path: '/programs/:programId/pilotage', element: <PilotagePage /> }], `/programs/${P}/pilotage`)
    const match = await screen.findByRole('region', { name: 'Mise en relation des mentorés' })
    const rateRow = within(match).getByRole('row', { name: /Mentorés mis en relation/ })
    expect(rateRow).toHaveTextContent('80 %')
    expect(rateRow).toHaveTextContent('8 sur 10 mentorés')
    expect(within(match).getByRole('row', { name: /Sans binôme/ })).toHaveTextContent('moins de 5 personnes')
    // The chart speaks its figures; the table is one click away.
    expect(within(match).getByRole('img')).toHaveAccessibleName(/Sans binôme moins de 5 personnes/)
    const satisfaction = screen.getByRole('region', { name: 'Satisfaction (moyenne sur 5)' })
    expect(within(satisfaction).getByRole('row', { name: /Mentorés/ })).toHaveTextContent('4,3')
    expect(within(satisfaction).getByRole('row', { name: /Mentorés/ })).toHaveTextContent('sur 6 avis')
    expect(within(satisfaction).getByRole('row', { name: /Mentors/ })).toHaveTextContent('masqué pour protéger l’anonymat')
    const sessions = screen.getByRole('region', { name: 'Séances par mois' })
    expect(within(sessions).getByRole('row', { name: /févr\. 2026 — Manquées/ })).toHaveTextContent('moins de 5 personnes')
    // No machine word anywhere.
    expect(document.body.textContent).not.toMatch(/match_rate|small_group|mentee:|suppressed/)

    await screen.findByRole('option', { name: 'Informatique' })
    await userEvent.selectOptions(screen.getByLabelText('Unité'), 'Informatique')
    await userEvent.selectOptions(screen.getByLabelText('Période'), '2e trimestre 2026')
    await waitFor(() => {
      const last = calls.filter((c) => c.url.includes('/metrics')).at(-1)
      const query = new URL(last?.url ?? '').searchParams
      expect(query.get('unit')).toBe(U)
      expect(query.get('period')).toBe('2026-Q2')
    })

    await userEvent.click(screen.getByRole('button', { name: 'Télécharger en CSV (Excel)' }))
    await screen.findByText('Le fichier « Indicateurs - Mentorat 2026 - 2026-03-01.csv » a été téléchargé.')
    const exportCall = calls.find((c) => c.url.includes('kpis.csv'))
    expect(exportCall?.headers.get('Authorization')).toBe('Bearer t')
    const query = new URL(exportCall?.url ?? '').searchParams
    expect([query.get('program'), query.get('language'), query.get('unit'), query.get('period')]).toEqual([P, 'fr', U, '2026-Q2'])
    expect(click).toHaveBeenCalled()
    click.mockRestore()
  })

  it('offers the program years and quarters up to today', () => {
    const choices = periodChoices({ starts_on: '2025-11-01', ends_on: '2027-06-30' }, new Date('2026-03-01T00:00:00Z'))
    expect(choices.map((c) => c.value)).toEqual([
      '2026', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2025', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4',
    ])
  })
})
