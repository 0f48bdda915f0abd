import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { json, stubFetch } from '@/test/fetch'
import { renderRoutes } from '@/test/render'
import { MyProgramPage } from './MyProgramPage'

const P = '10000000-0000-0000-0000-000000000001'
const label = (fr: string, en = fr) => ({ fr, en })
const option = (value: string, fr: string) => ({ value, label: label(fr) })

const questions = [
  { key: 'rythme', type: 'single_choice', audience: 'both', required: true, label: label('Quel rythme ?', 'Which rhythm?'),
    options: [option('weekly', 'Toutes les semaines'), option('monthly', 'Tous les mois')] },
  { key: 'sujets', type: 'multiple_choice', audience: 'mentee', required: true, label: label('Quels sujets ?'), max_choices: 2,
    options: [option('career', 'Carrière'), option('network', 'Réseau'), option('management', 'Management')] },
  { key: 'aisance', type: 'scale', audience: 'both', required: false, label: label('Aisance à l’oral'), min: 1, max: 5,
    min_label: label('faible'), max_label: label('forte') },
  { key: 'attentes', type: 'free_text', audience: 'both', required: false, label: label('Vos attentes'), max_length: 500 },
  { key: 'expertise', type: 'free_text', audience: 'mentor', required: true, label: label('Votre expertise') },
]

const participation = (answers: Record<string, unknown>, extra = {}) => ({
  id: 'p1', program_id: P, role: 'mentee', state: 'applied', ineligibility_reasons: [], answers, answers_complete: false,
  signed_current_charter: true, invited_at: null, applied_at: '2026-01-10T10:00:00Z', declined_at: null, withdrawn_at: null,
  ...extra,
})

function stub(answers: Record<string, unknown>, put: (request: Request) => Response | Promise<Response>, state = 'applied') {
  return stubFetch({
    'GET /api/v1/programs/mine': () =>
      json([{ id: P, name: 'Mentorat 2026', participation: { id: 'p1', role: 'mentee', state, ineligibility_reasons: [] } }]),
    [`GET /api/v1/programs/${P}/questionnaire`]: () => json({ questions }),
    [`GET /api/v1/programs/${P}/participants/me`]: () => json(participation(answers, { state })),
    [`PUT /api/v1/programs/${P}/participants/me/answers`]: put,
    [`GET /api/v1/programs/${P}/events/mine`]: () =>
      json([{ id: 'e1', program_id: P, kind: 'kickoff', title: 'Lancement du programme', description: null,
        starts_at: '2026-03-02T09:00:00Z', ends_at: '2026-03-02T11:00:00Z', location: 'Salle Lumière', mode: 'video',
        my_attendance: null }]),
  })
}

const render = () => renderRoutes([{ path: '/my-programs/:programId', element: <MyProgramPage /> }], `/my-programs/${P}`)

describe('MyProgramPage', () => {
  beforeEach(() => setAccessToken('t'))

  it('renders each question type with its control, prefilled, and saves every answer of my role', async () => {
    const { calls } = stub({ rythme: 'monthly', sujets: ['network'], aisance: 4 }, async (request) => {
      const { answers } = (await request.json()) as { answers: Record<string, unknown> }
      return json(participation(answers, { state: 'eligible', answers_complete: true }))
    })
    render()
    expect(await screen.findByRole('heading', { level: 1, name: 'Mentorat 2026' })).toBeInTheDocument()
    const rhythm = await screen.findByRole('group', { name: /Quel rythme/ })
    expect(within(rhythm).getByRole('radio', { name: 'Tous les mois' })).toBeChecked()
    const topics = screen.getByRole('group', { name: /Quels sujets/ })
    expect(within(topics).getByRole('checkbox', { name: 'Réseau' })).toBeChecked()
    expect(topics).toHaveAccessibleDescription('Au plus 2 choix.')
    const ease = screen.getByRole('group', { name: /Aisance/ })
    expect(within(ease).getByRole('radio', { name: '4' })).toBeChecked()
    expect(ease).toHaveAccessibleDescription('1 : faible — 5 : forte')
    expect(screen.queryByText('Votre expertise')).not.toBeInTheDocument()

    const user = userEvent.setup()
    await user.click(within(rhythm).getByRole('radio', { name: 'Toutes les semaines' }))
    await user.click(within(topics).getByRole('checkbox', { name: 'Carrière' }))
    await user.click(within(ease).getByRole('radio', { name: '2' }))
    await user.type(screen.getByRole('textbox', { name: /Vos attentes/ }), 'Préparer une prise de poste')
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes réponses' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Vos réponses sont enregistrées.')
    expect(screen.getByRole('status')).toHaveTextContent('Votre questionnaire est complet')
    const sent = calls.find((c) => c.method === 'PUT')
    expect(await sent?.json()).toEqual({
      answers: { rythme: 'weekly', sujets: ['career', 'network'], aisance: 2, attentes: 'Préparer une prise de poste' },
    })
  })

  it('shows the answers the API refuses next to their question', async () => {
    stub({}, () =>
      json({ type: 'about:blank', title: 'Unprocessable', status: 422, code: 'invalid_answers', detail: 'Some answers do not fit.',
        errors: [{ loc: ['body', 'answers', 'aisance'], msg: 'an integer from 1 to 5 is expected', type: 'value_error' }] }, 422),
    )
    render()
    const user = userEvent.setup()
    const ease = await screen.findByRole('group', { name: /Aisance/ })
    await user.click(within(ease).getByRole('radio', { name: '3' }))
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes réponses' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Certaines réponses ne conviennent pas.')
    expect(ease).toHaveAccessibleDescription(/Choisissez une valeur entière entre 1 et 5\./)
  })

  it('refuses too many choices before sending, and lists my events with date, mode and title', async () => {
    const { calls } = stub({}, () => json({}))
    render()
    const user = userEvent.setup()
    const topics = await screen.findByRole('group', { name: /Quels sujets/ })
    for (const name of ['Carrière', 'Réseau', 'Management']) await user.click(within(topics).getByRole('checkbox', { name }))
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes réponses' }))
    expect(await screen.findByText('Choisissez au plus 2 options parmi celles proposées.')).toBeInTheDocument()
    expect(calls.some((c) => c.method === 'PUT')).toBe(false)

    const row = await screen.findByRole('row', { name: /Lancement du programme/ })
    expect(row).toHaveTextContent('en visio')
    expect(row).toHaveTextContent('Salle Lumière')
    expect(row).toHaveTextContent('2026')
    expect(row).toHaveTextContent('non renseignée')
  })

  it('shows my answers read-only once I am paired', async () => {
    stub({ rythme: 'weekly' }, () => json({}), 'active')
    render()
    const rhythm = await screen.findByRole('group', { name: /Quel rythme/ })
    expect(within(rhythm).getByRole('radio', { name: 'Toutes les semaines' })).toBeDisabled()
    expect(screen.getByText(/Vos réponses ne peuvent plus être modifiées/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Enregistrer mes réponses' })).not.toBeInTheDocument()
  })

  it('says when the answers were locked meanwhile', async () => {
    stub({}, () => json({ type: 'about:blank', title: 'Conflict', status: 409, code: 'answers_locked', detail: null }, 409))
    render()
    const user = userEvent.setup()
    await user.click(within(await screen.findByRole('group', { name: /Quel rythme/ })).getByRole('radio', { name: 'Tous les mois' }))
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes réponses' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Vos réponses ne peuvent plus être modifiées')
  })

  it('uses the English labels in English', async () => {
    const { default: i18n } = await import('@/i18n')
    await i18n.changeLanguage('en')
    stub({}, () => json({}))
    render()
    expect(await screen.findByRole('group', { name: /Which rhythm/ })).toBeInTheDocument()
  })
})
