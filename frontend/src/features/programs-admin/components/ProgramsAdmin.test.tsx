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

  it('says what opening enrolment does and what is missing, in a dialog, and lists the server refusal', async () => {
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
    const user = userEvent.setup()
    expect(await screen.findByText('Avant de pouvoir ouvrir les inscriptions, il manque encore :')).toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: 'Ouvrir les inscriptions' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Ouvrir les inscriptions ?' })
    expect(dialog).toHaveTextContent('le questionnaire ne pourra plus être modifié')
    expect(within(dialog).getByText('la charte du programme')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Ouvrir les inscriptions' }))
    expect(await within(dialog).findByText(/n’est pas prêt pour cette étape/)).toBeInTheDocument()
    expect(dialog).not.toHaveTextContent('not ready')
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Il manque encore :')
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(items).toEqual(['la charte du programme', 'au moins une question pour les mentorés', 'la date de fin'])
  })

  it('shows who saved first on a stale configuration, keeps what was typed and saves on top after a reload', async () => {
    let saves = 0
    const { calls } = stubFetch({
      ...detailHandlers,
      'PATCH /api/v1/programs/10000000-0000-0000-0000-000000000001': async (request) => {
        saves += 1
        const body = (await request.json()) as Record<string, unknown>
        if (saves === 1) {
          return json(
            { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Someone changed this program since you loaded it.', code: 'stale_version', updated_at: '2026-01-02T09:30:00Z', updated_by: 'Bruno Gestionnaire' },
            409,
          )
        }
        return json({ ...program, ...body, updated_at: '2026-01-03T00:00:00Z' })
      },
    })
    renderDetail()
    const user = userEvent.setup()
    const theme = await screen.findByLabelText('Thème')
    await user.clear(theme)
    await user.type(theme, 'Thème de l’onglet A')
    await user.click(screen.getByRole('button', { name: 'Enregistrer la configuration' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/modifiée entre-temps par Bruno Gestionnaire/)
    expect(alert).not.toHaveTextContent('Someone changed')
    expect(screen.queryByText('Configuration enregistrée.')).not.toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Recharger la dernière version' }))
    expect(await screen.findByText(/Dernière version chargée/)).toBeInTheDocument()
    expect(screen.getByLabelText('Thème')).toHaveValue('Thème de l’onglet A')
    await user.click(screen.getByRole('button', { name: 'Enregistrer la configuration' }))
    expect(await screen.findByText('Configuration enregistrée.')).toBeInTheDocument()
    const patches = calls.filter((c) => c.method === 'PATCH')
    expect(((await patches[0]?.json()) as { updated_at: string }).updated_at).toBe('2026-01-01T00:00:00Z')
    expect(((await patches[1]?.json()) as { theme: string }).theme).toBe('Thème de l’onglet A')
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
    expect(screen.queryByLabelText('Identifiant')).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('Intitulé en français'), 'Vos objectifs')
    await user.type(screen.getByLabelText(/Intitulé en anglais/), 'Your goals')
    await user.type(screen.getByLabelText('Choix proposés'), 'Prise de parole | Public speaking{enter}Réseau | Network')
    // switching the type away and back keeps the choices typed so far
    await user.selectOptions(screen.getByLabelText('Type de question'), 'free_text')
    expect(screen.queryByLabelText('Choix proposés')).not.toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Type de question'), 'multiple_choice')
    expect(screen.getByLabelText('Choix proposés')).toHaveValue('Prise de parole | Public speaking\nRéseau | Network')
    await user.selectOptions(screen.getByLabelText('Règle de comparaison'), 'overlap')
    await user.clear(screen.getByLabelText('Poids (0 à 10)'))
    await user.type(screen.getByLabelText('Poids (0 à 10)'), '3')
    await user.click(screen.getByRole('button', { name: 'Ajouter la question' }))

    expect(await screen.findByText('Vos objectifs')).toBeInTheDocument()
    const put = calls.find((c) => c.method === 'PUT' && c.url.endsWith('/questionnaire'))
    expect(await put?.json()).toEqual({
      questions: [
        {
          key: 'vos_objectifs',
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

    // Edit in place: the identifier and the stored choice values stay, answers keep their meaning.
    await user.click(screen.getByRole('button', { name: 'Modifier « Vos objectifs »' }))
    const editor = screen.getByRole('form', { name: 'Modifier « Vos objectifs »' })
    await user.clear(within(editor).getByLabelText('Intitulé en français'))
    await user.type(within(editor).getByLabelText('Intitulé en français'), 'Vos objectifs principaux')
    await user.click(within(editor).getByRole('button', { name: 'Enregistrer la question' }))
    expect(await screen.findByText('Vos objectifs principaux')).toBeInTheDocument()
    const puts = calls.filter((c) => c.method === 'PUT' && c.url.endsWith('/questionnaire'))
    const edited = (await puts.at(-1)?.json()) as { questions: { key: string; label: { fr: string }; options: { value: string }[] }[] }
    expect(edited.questions[0]?.key).toBe('vos_objectifs')
    expect(edited.questions[0]?.label.fr).toBe('Vos objectifs principaux')
    expect(edited.questions[0]?.options.map((o) => o.value)).toEqual(['prise_de_parole', 'reseau'])

    // Preview as a participant
    await user.click(screen.getByText('Aperçu comme un participant', { selector: 'summary' }))
    expect(screen.getByRole('checkbox', { name: 'Prise de parole' })).toBeDisabled()
  })
})
