import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { json, stubFetch } from '@/test/fetch'
import { renderRoutes } from '@/test/render'
import { MatchingPage } from './MatchingPage'

const P = '10000000-0000-0000-0000-000000000001'
const R = '20000000-0000-0000-0000-000000000001'
const base = `/api/v1/programs/${P}`
const lucas = { id: '30000000-0000-0000-0000-000000000001', given_name: 'Lucas', family_name: 'Petit' }
const claire = { id: '30000000-0000-0000-0000-000000000002', given_name: 'Claire', family_name: 'Fontaine' }
const amina = { id: '30000000-0000-0000-0000-000000000003', given_name: 'Amina', family_name: 'Diallo' }
const marc = { id: '30000000-0000-0000-0000-000000000004', given_name: 'Marc', family_name: 'Roux' }
const person = (p: typeof lucas) => ({ ...p, email: 'x@demo.fr', unit_id: null, job_title: null, site: null })
const proposal = (id: string, mentee: typeof lucas, mentor: typeof lucas) => ({
  id,
  run_id: R,
  mentee,
  mentor,
  score: 70,
  breakdown: [],
  origin: 'matching',
  pinned: false,
  overridden: [],
  override_reason: null,
  hierarchy_distance: null,
  mentorship_id: null,
})
const P1 = '40000000-0000-0000-0000-000000000001'
const P2 = '40000000-0000-0000-0000-000000000002'
const X = '60000000-0000-0000-0000-000000000001'

function run(swapped: boolean) {
  return {
    id: R,
    program_id: P,
    status: 'draft',
    created_at: '2026-03-01T10:00:00Z',
    created_by_id: null,
    published_at: null,
    stats: {},
    proposals: swapped
      ? [proposal(P1, lucas, marc), proposal(P2, amina, claire)]
      : [proposal(P1, lucas, claire), proposal(P2, amina, marc)],
    unmatched: [],
  }
}

describe('MatchingPage review tools', () => {
  beforeEach(() => setAccessToken('t'))

  it('swaps two mentors, lifts an exclusion and saves the criteria weights', async () => {
    let swapped = false
    let exclusions = [
      { id: X, program_id: P, mentee_id: lucas.id, mentor_id: marc.id, created_by_id: null, created_at: '2026-02-20T10:00:00Z' },
    ]
    const { calls } = stubFetch({
      [`GET ${base}`]: () => json({ name: 'Mentorat 2026' }),
      [`GET ${base}/matching/runs`]: () => json([run(swapped)]),
      [`GET ${base}/matching/runs/${R}`]: () => json(run(swapped)),
      [`POST ${base}/matching/runs/${R}/swap`]: () => {
        swapped = true
        return json(run(true).proposals)
      },
      [`GET ${base}/participants`]: () =>
        json({
          items: [lucas, claire, amina, marc].map((p, i) => ({
            id: String(i),
            role: i % 2 ? 'mentor' : 'mentee',
            state: i === 3 ? 'withdrawn' : 'eligible',
            person: person(p),
          })),
          total: 4,
          limit: 500,
          offset: 0,
        }),
      [`GET ${base}/matching/exclusions`]: () => json(exclusions),
      [`DELETE ${base}/matching/exclusions/${X}`]: () => {
        exclusions = []
        return new Response(null, { status: 204 })
      },
      [`GET ${base}/matching/settings`]: () =>
        json({ program_id: P, attributes: [{ attribute: 'seniority', weight: 2, min_gap: 5 }], suggestions: 5 }),
      [`PUT ${base}/matching/settings`]: () =>
        json(
          {
            title: 'Unprocessable',
            status: 422,
            detail: 'Invalid request.',
            code: 'validation_error',
            errors: [{ loc: ['body', 'attributes', 0, 'weight'], msg: 'Input should be less than or equal to 10', type: 'less_than_equal' }],
          },
          422,
        ),
    })
    renderRoutes([{ path: '/programs/:programId/matching', element: <MatchingPage /> }], `/programs/${P}/matching`)
    const user = userEvent.setup()
    expect(await screen.findByRole('heading', { name: 'Lucas Petit avec Claire Fontaine' })).toBeInTheDocument()

    const swap = screen.getByRole('region', { name: 'Échanger deux mentors' })
    await user.click(within(swap).getByRole('button', { name: 'Échanger les mentors' }))
    expect(within(swap).getByText('Choisissez deux binômes différents.')).toBeInTheDocument()
    await user.selectOptions(within(swap).getByLabelText('Premier binôme'), P1)
    await user.selectOptions(within(swap).getByLabelText('Second binôme'), P2)
    await user.click(within(swap).getByRole('button', { name: 'Échanger les mentors' }))
    expect(await screen.findByRole('heading', { name: 'Lucas Petit avec Marc Roux' })).toBeInTheDocument()
    expect(await calls.find((c) => c.url.endsWith('/swap'))?.json()).toEqual({ proposal_ids: [P1, P2] })

    const excluded = screen.getByRole('region', { name: 'Binômes exclus' })
    const lift = await within(excluded).findByRole('button', { name: 'Ne plus exclure Lucas Petit avec Marc Roux' })
    await user.click(lift)
    expect(await within(excluded).findByText('Aucun binôme exclu.')).toBeInTheDocument()
    expect(within(excluded).getByText('Exclusion retirée : ce binôme pourra de nouveau être proposé.')).toBeInTheDocument()

    const settings = screen.getByRole('region', { name: 'Réglages de la mise en relation' })
    const seniority = await within(settings).findByLabelText('Poids : ancienneté du mentor')
    expect(seniority).toHaveValue(2)
    expect(within(settings).getByLabelText('Écart d’ancienneté souhaité (années)')).toHaveValue(5)
    const languages = within(settings).getByLabelText('Poids : langue en commun')
    await user.type(languages, '12')
    await user.clear(within(settings).getByLabelText('Écart d’ancienneté souhaité (années)'))
    await user.click(within(settings).getByRole('button', { name: 'Enregistrer les réglages' }))
    // checked in the browser first, in words next to each field; nothing is sent
    expect(languages).toHaveAccessibleDescription('Saisissez un poids entre 0 et 10.')
    expect(within(settings).getByLabelText('Écart d’ancienneté souhaité (années)')).toHaveAccessibleDescription(
      'Indiquez l’écart d’ancienneté souhaité (en années) pour utiliser le critère d’ancienneté.',
    )
    expect(calls.some((c) => c.method === 'PUT')).toBe(false)
    await user.clear(languages)
    await user.type(languages, '3')
    await user.type(within(settings).getByLabelText('Écart d’ancienneté souhaité (années)'), '5')
    await user.click(within(settings).getByRole('button', { name: 'Enregistrer les réglages' }))
    // the server's refusal (its type, never its English message) lands next to the field too
    await waitFor(() => expect(languages).toHaveAccessibleDescription('Cette valeur est trop grande.'))
    expect(screen.queryByText(/Input should be/)).not.toBeInTheDocument()
    expect(await calls.find((c) => c.method === 'PUT')?.json()).toEqual({
      attributes: [
        { attribute: 'languages', weight: 3, min_gap: null },
        { attribute: 'seniority', weight: 2, min_gap: 5 },
      ],
      suggestions: 5,
    })
  })
})
