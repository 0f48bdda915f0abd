import { screen, within } from '@testing-library/react'
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
const person = (p: typeof lucas) => ({ ...p, email: 'x@demo.fr', unit_id: null, job_title: null, site: null })

const run = {
  id: R,
  program_id: P,
  status: 'draft',
  created_at: '2026-03-01T10:00:00Z',
  created_by_id: null,
  published_at: null,
  stats: {},
  proposals: [
    {
      id: '40000000-0000-0000-0000-000000000001',
      run_id: R,
      mentee: lucas,
      mentor: claire,
      score: 82.4,
      breakdown: [
        { criterion: 'goals', code: 'goals', value: 0.75, points: 30, max_points: 40, params: {}, text: { fr: '3 objectifs sur 4 couverts', en: '3 of 4 goals covered' } },
      ],
      origin: 'matching',
      pinned: false,
      overridden: [],
      override_reason: null,
      hierarchy_distance: null,
      mentorship_id: null,
    },
  ],
  unmatched: [{ mentee: amina, reason: 'capacity_exhausted', priority: true }],
}

describe('MatchingPage', () => {
  beforeEach(() => setAccessToken('t'))

  it('explains proposals and unmatched mentees, and checks a manual pair before an audited override', async () => {
    const { calls } = stubFetch({
      [`GET ${base}`]: () => json({ name: 'Mentorat 2026' }),
      [`GET ${base}/matching/runs`]: () => json([run]),
      [`GET ${base}/matching/runs/${R}`]: () => json(run),
      [`GET ${base}/participants`]: () =>
        json({
          items: [
            { id: 'a', role: 'mentee', state: 'eligible', person: person(amina) },
            { id: 'c', role: 'mentor', state: 'eligible', person: person(claire) },
          ],
          total: 2,
          limit: 500,
          offset: 0,
        }),
      [`GET ${base}/matching/check`]: () =>
        json({
          mentee_id: amina.id,
          mentor_id: claire.id,
          allowed: false,
          overridable: true,
          hierarchy_distance: 1,
          reasons: [{ code: 'hierarchy', overridable: true, text: { fr: 'Claire est la manager d’Amina', en: 'Claire manages Amina' } }],
          score: 50,
          breakdown: [],
        }),
      [`POST ${base}/matching/runs/${R}/proposals`]: () => json({}, 201),
      [`GET ${base}/matching/exclusions`]: () => json([]),
      [`GET ${base}/matching/settings`]: () => json({ program_id: P, attributes: [], suggestions: 5 }),
    })
    renderRoutes([{ path: '/programs/:programId/matching', element: <MatchingPage /> }], `/programs/${P}/matching`)
    const user = userEvent.setup()
    expect(await screen.findByRole('heading', { name: 'Lucas Petit avec Claire Fontaine' })).toBeInTheDocument()
    expect(screen.getByText('Score : 82 / 100')).toBeInTheDocument()
    expect(screen.getByText('3 objectifs sur 4 couverts')).toBeInTheDocument()
    const unmatched = screen.getByRole('region', { name: 'Mentorés sans binôme' })
    expect(within(unmatched).getByText(/Amina Diallo : tous les mentors compatibles sont complets/)).toBeInTheDocument()

    await user.selectOptions(await screen.findByLabelText('Mentoré'), amina.id)
    await user.selectOptions(screen.getByLabelText('Mentor'), claire.id)
    await user.click(screen.getByRole('button', { name: 'Vérifier le binôme' }))
    expect(await screen.findByText('Claire est la manager d’Amina')).toBeInTheDocument()
    expect(screen.getByText('Distance hiérarchique : 1 niveau(x).')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Ajouter avec dérogation' }))
    expect(screen.getByText('Écrivez le motif de la dérogation.')).toBeInTheDocument()
    await user.type(screen.getByLabelText(/Motif de la dérogation/), 'Changement de service prévu en mars')
    await user.click(screen.getByRole('button', { name: 'Ajouter avec dérogation' }))
    expect(await screen.findByText('Binôme ajouté.')).toBeInTheDocument()
    const post = calls.find((c) => c.method === 'POST')
    expect(await post?.json()).toEqual({
      mentee_id: amina.id,
      mentor_id: claire.id,
      override_reason: 'Changement de service prévu en mars',
    })
  })
})
