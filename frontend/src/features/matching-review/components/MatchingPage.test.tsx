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
        { criterion: 'goals', code: 'covers', value: 0.75, points: 21.4, max_points: 21.43, params: { covered: 3, of: 4, items: ['lead', 'talk', 'plan'] }, text: { fr: 'x', en: 'x' } },
        { criterion: 'languages', code: 'common.yes', value: 1, points: 10, max_points: 10, params: { common: ['fr', 'en'] }, text: { fr: 'x', en: 'x' } },
        { criterion: 'seniority', code: 'gap.yes', value: 1, points: 8, max_points: 8, params: { gap: 6.2, min_gap: 3 }, text: { fr: 'x', en: 'x' } },
        { criterion: 'unit', code: 'different.yes', value: 1, points: 5, max_points: 5, params: { mentee: 0, mentor: 2 }, text: { fr: 'unit différent (0 / 2)', en: 'x' } },
        { criterion: 'site', code: 'site.same', value: 1, points: 5, max_points: 5, params: { mentee: 'Lyon', mentor: 'Lyon', same_site: true, remote: false }, text: { fr: 'x', en: 'x' } },
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

const questionnaire = {
  answers_notice: null,
  questions: [
    {
      type: 'multiple_choice', key: 'goals', label: { fr: 'Objectifs', en: 'Goals' }, audience: 'both', matching: 'covers', required: false, help: null, max_choices: null,
      options: [
        { value: 'lead', label: { fr: 'Diriger une équipe', en: 'Lead a team' } },
        { value: 'talk', label: { fr: 'Prendre la parole', en: 'Speak' } },
        { value: 'plan', label: { fr: 'Planifier', en: 'Plan' } },
      ],
    },
  ],
}

const emptyRoutes = (overrides: Record<string, unknown>) => ({
  [`GET ${base}`]: () => json({ name: 'Mentorat 2026' }),
  [`GET ${base}/matching/runs`]: () => json([{ ...run, ...overrides }]),
  [`GET ${base}/matching/runs/${R}`]: () => json({ ...run, ...overrides }),
  [`GET ${base}/participants`]: () => json({ items: [], total: 0, limit: 500, offset: 0 }),
  [`GET ${base}/matching/exclusions`]: () => json([]),
  [`GET ${base}/questionnaire`]: () => json({ answers_notice: null, questions: [] }),
  [`GET ${base}/matching/settings`]: () => json({ program_id: P, attributes: [], suggestions: 5 }),
})

describe('MatchingPage', () => {
  beforeEach(() => setAccessToken('t'))

  it('says once that nobody waits for a pair, never both empty sentences', async () => {
    stubFetch(emptyRoutes({ proposals: [], unmatched: [], stats: { mentees: 0, mentors: 0 } }))
    renderRoutes([{ path: '/programs/:programId/matching', element: <MatchingPage /> }], `/programs/${P}/matching`)
    expect(await screen.findByText(/Aucun mentoré n’attend de binôme/)).toBeInTheDocument()
    expect(screen.queryByText('Aucun binôme proposé.')).not.toBeInTheDocument()
    expect(screen.queryByText(/Tous les mentorés ont un binôme proposé/)).not.toBeInTheDocument()
  })

  it('says why every pair scores 0 when no criterion is weighted, and confirms before publishing', async () => {
    const bare = { ...run.proposals[0], score: 0, breakdown: [] }
    const { calls } = stubFetch({
      ...emptyRoutes({ proposals: [bare], unmatched: [] }),
      [`POST ${base}/matching/runs/${R}/publish`]: () => json({ run_id: R, mentorship_ids: ['m1'] }),
    })
    renderRoutes([{ path: '/programs/:programId/matching', element: <MatchingPage /> }], `/programs/${P}/matching`)
    expect(await screen.findByText(/aucun critère de rapprochement n’est réglé/)).toBeInTheDocument()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Publier les binômes' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Publier ces binômes ?' })
    expect(within(dialog).getByText(/devront l’accepter/)).toBeInTheDocument()
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    await user.click(within(dialog).getByRole('button', { name: 'Publier le binôme' }))
    expect(await screen.findByText(/1 binôme publié/)).toBeInTheDocument()
  })


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
      [`GET ${base}/questionnaire`]: () => json(questionnaire),
      [`GET ${base}/matching/settings`]: () => json({ program_id: P, attributes: [], suggestions: 5 }),
    })
    renderRoutes([{ path: '/programs/:programId/matching', element: <MatchingPage /> }], `/programs/${P}/matching`)
    const user = userEvent.setup()
    expect(await screen.findByRole('heading', { name: 'Lucas Petit avec Claire Fontaine' })).toBeInTheDocument()
    expect(screen.getByText('Score : 82 sur 100')).toBeInTheDocument()
    expect(await screen.findByText(/« Objectifs » : 3 sur 4 couverts \(Diriger une équipe, Prendre la parole et Planifier\)/)).toBeInTheDocument()
    expect(screen.getByText(/21 points sur 21/)).toBeInTheDocument()
    expect(screen.getByText(/langues en commun : français et anglais/)).toBeInTheDocument()
    expect(screen.getByText(/écart d’ancienneté : 6 ans \(au moins 3 souhaités\)/)).toBeInTheDocument()
    expect(screen.getByText(/^unités différentes/)).toBeInTheDocument()
    expect(screen.getByText(/même site : Lyon/)).toBeInTheDocument()
    expect(screen.queryByText(/unit différent|0 \/ 2|21\.4/)).not.toBeInTheDocument()
    const unmatched = screen.getByRole('region', { name: 'Mentorés sans binôme' })
    expect(within(unmatched).getByRole('listitem')).toHaveTextContent('Amina Diallo : tous les mentors compatibles sont complets')

    await user.selectOptions(await screen.findByLabelText('Mentoré'), amina.id)
    await user.selectOptions(screen.getByLabelText('Mentor'), claire.id)
    await user.click(screen.getByRole('button', { name: 'Vérifier le binôme' }))
    expect(await screen.findByText('Claire est la manager d’Amina')).toBeInTheDocument()
    expect(screen.getByText(/l’un est le supérieur direct de l’autre \(1 niveau\)/)).toBeInTheDocument()

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
