import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { json, problem, stubFetch } from '@/test/fetch'
import { renderRoutes } from '@/test/render'
import { ProgramDetailPage } from './ProgramDetailPage'
import { ProgramsPage } from './ProgramsPage'

const PROGRAM_ID = '10000000-0000-0000-0000-000000000001'

const program = {
  id: PROGRAM_ID,
  name: 'Mentorat 2026',
  status: 'draft',
  theme: 'Leadership',
  description: null,
  objectives: [],
  support_contact: null,
  enrolment_opens_on: null,
  enrolment_closes_on: null,
  starts_on: '2026-09-01',
  ends_on: null,
  duration_months: null,
  expected_sessions: 6,
  session_rhythm: 'monthly',
  session_length_minutes: 60,
  allowed_modes: ['video'],
  mentor_capacity: 2,
  matching_mode: 'admin_review',
  exclude_same_unit: false,
  anonymity_threshold: null,
  mentor_criteria: [],
  mentee_criteria: [],
  manager_ids: [],
  charter_version: null,
  duplicated_from_id: null,
  enrolment_opened_at: null,
  started_at: null,
  closed_at: null,
  archived_at: null,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
}

const detailHandlers = {
  'GET /api/v1/programs/10000000-0000-0000-0000-000000000001': () => json(program),
  'GET /api/v1/programs/10000000-0000-0000-0000-000000000001/charter': () =>
    problem(404, 'charter_not_found'),
  'GET /api/v1/programs/10000000-0000-0000-0000-000000000001/charter/versions': () => json([]),
  'GET /api/v1/programs/10000000-0000-0000-0000-000000000001/questionnaire': () => json({ questions: [] }),
  'GET /api/v1/programs/10000000-0000-0000-0000-000000000001/participants': () =>
    json({ items: [], total: 0, limit: 500, offset: 0 }),
  'GET /api/v1/directory/people': () => json({ items: [], total: 0, limit: 500, offset: 0 }),
}

function renderDetail() {
  return renderRoutes([{ path: '/programs/:programId', element: <ProgramDetailPage /> }], `/programs/${PROGRAM_ID}`)
}

describe('ProgramsPage', () => {
  beforeEach(() => setAccessToken('t'))

  it('lists programs and creates a draft, then opens it', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/programs': () => json({ items: [program], total: 1, limit: 200, offset: 0 }),
      'POST /api/v1/programs': () => json({ ...program, id: '10000000-0000-0000-0000-000000000002' }, 201),
    })
    const { router } = renderRoutes(
      [
        { path: '/programs', element: <ProgramsPage /> },
        { path: '/programs/:programId', element: <p>detail</p> },
      ],
      '/programs',
    )
    const user = userEvent.setup()
    expect(await screen.findByRole('link', { name: 'Mentorat 2026' })).toHaveAttribute('href', `/programs/${PROGRAM_ID}`)
    expect(screen.getByText('Brouillon')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Créer le programme' }))
    expect(screen.getByText('Donnez un nom au programme.')).toBeInTheDocument()

    await user.type(screen.getByLabelText('Nom du programme'), 'Nouveau programme')
    await user.type(screen.getByLabelText('Thème'), 'Transmission')
    await user.type(screen.getByLabelText('Date de début'), '2026-09-01')
    await user.type(screen.getByLabelText('Date de fin'), '2027-06-30')
    await user.clear(screen.getByLabelText('Mentorés par mentor (capacité)'))
    await user.type(screen.getByLabelText('Mentorés par mentor (capacité)'), '3')
    await user.selectOptions(screen.getByLabelText('Mode de mise en relation'), 'mentee_choice')
    await user.click(screen.getByRole('button', { name: 'Créer le programme' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/programs/10000000-0000-0000-0000-000000000002'))
    const sent = (await calls.find((c) => c.method === 'POST')?.json()) as Record<string, unknown>
    expect(sent).toMatchObject({
      name: 'Nouveau programme',
      theme: 'Transmission',
      starts_on: '2026-09-01',
      ends_on: '2027-06-30',
      mentor_capacity: 3,
      matching_mode: 'mentee_choice',
      allowed_modes: ['in_person', 'video'],
    })
  })
})

describe('ProgramDetailPage', () => {
  beforeEach(() => setAccessToken('t'))

  it('lists what is missing when opening enrolment is refused', async () => {
    stubFetch({
      ...detailHandlers,
      'POST /api/v1/programs/10000000-0000-0000-0000-000000000001/actions/open-enrolment': () =>
        json(
          {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'The program is not ready to open enrolment.',
            code: 'program_incomplete',
            action: 'open-enrolment',
            missing: ['charter', 'questionnaire.mentee', 'ends_on'],
          },
          409,
        ),
    })
    renderDetail()
    await userEvent.click(await screen.findByRole('button', { name: 'Ouvrir les inscriptions' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Il manque encore :')
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(items).toEqual(['la charte du programme', 'au moins une question pour les mentorés', 'la date de fin'])
  })

  it('saves the charter and adds a questionnaire question with its matching rule', async () => {
    const { calls } = stubFetch({
      ...detailHandlers,
      'PUT /api/v1/programs/10000000-0000-0000-0000-000000000001/charter': async (request) => {
        const body = (await request.json()) as { body_markdown: string }
        return json({ version: 1, body_markdown: body.body_markdown, published_at: null, created_at: '', signed: false, signed_at: null })
      },
      'PUT /api/v1/programs/10000000-0000-0000-0000-000000000001/questionnaire': async (request) =>
        json(await request.json()),
    })
    renderDetail()
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('Texte de la charte (Markdown)'), '# Charte')
    await user.click(screen.getByRole('button', { name: 'Enregistrer la charte' }))
    expect(await screen.findByText('Charte enregistrée (version 1).')).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Type de question'), 'multiple_choice')
    await user.type(screen.getByLabelText('Identifiant'), 'objectifs')
    await user.type(screen.getByLabelText('Intitulé en français'), 'Vos objectifs')
    await user.type(screen.getByLabelText('Intitulé en anglais'), 'Your goals')
    await user.type(screen.getByLabelText('Choix proposés'), 'Prise de parole | Public speaking{enter}Réseau | Network')
    await user.selectOptions(screen.getByLabelText('Règle de comparaison'), 'overlap')
    await user.clear(screen.getByLabelText('Poids (0 à 10)'))
    await user.type(screen.getByLabelText('Poids (0 à 10)'), '3')
    await user.click(screen.getByRole('button', { name: 'Ajouter la question' }))

    expect(await screen.findByText('Vos objectifs')).toBeInTheDocument()
    const put = calls.find((c) => c.method === 'PUT' && c.url.endsWith('/questionnaire'))
    expect(await put?.json()).toEqual({
      questions: [
        {
          key: 'objectifs',
          audience: 'both',
          type: 'multiple_choice',
          required: true,
          label: { fr: 'Vos objectifs', en: 'Your goals' },
          matching: { rule: 'overlap', weight: 3 },
          options: [
            { value: 'prise_de_parole', label: { fr: 'Prise de parole', en: 'Public speaking' } },
            { value: 'reseau', label: { fr: 'Réseau', en: 'Network' } },
          ],
        },
      ],
    })
  })
})
