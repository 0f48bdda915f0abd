import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { json, stubFetch } from '@/test/fetch'
import { renderRoutes } from '@/test/render'
import { ProgramEventPage } from './ProgramEventPage'
import { ProgramEventsPage } from './ProgramEventsPage'

const P = '10000000-0000-0000-0000-000000000001'
const E = '50000000-0000-0000-0000-000000000001'
const base = `/api/v1/programs/${P}`
const lucas = { id: '30000000-0000-0000-0000-000000000001', given_name: 'Lucas', family_name: 'Petit', email: 'l@demo.fr' }
const claire = { id: '30000000-0000-0000-0000-000000000002', given_name: 'Claire', family_name: 'Fontaine', email: 'c@demo.fr' }

const event = {
  id: E,
  program_id: P,
  kind: 'training',
  title: 'Atelier écoute active',
  description: null,
  starts_at: '2026-03-02T09:00:00Z',
  ends_at: '2026-03-02T11:00:00Z',
  location: 'Salle B',
  mode: 'in_person',
}

const routes = [
  { path: '/programs/:programId/events', element: <ProgramEventsPage /> },
  { path: '/programs/:programId/events/:eventId', element: <ProgramEventPage /> },
]

describe('ProgramEventsPage', () => {
  beforeEach(() => setAccessToken('t'))

  it('lists events, shows the API’s field errors next to the fields, then creates the event', async () => {
    let created = false
    const { calls } = stubFetch({
      [`GET ${base}`]: () => json({ id: P, name: 'Mentorat 2026' }),
      [`GET ${base}/events`]: () => json(created ? [event] : []),
      [`POST ${base}/events`]: async (request) => {
        const body = (await request.clone().json()) as { ends_at: string; starts_at: string }
        if (body.ends_at <= body.starts_at) {
          return json(
            {
              type: 'about:blank',
              title: 'Unprocessable',
              status: 422,
              detail: 'The event must end after it starts.',
              code: 'invalid_dates',
              errors: [{ loc: ['body', 'ends_at'], msg: 'the event must end after it starts', type: 'date_order' }],
            },
            422,
          )
        }
        created = true
        return json(event, 201)
      },
    })
    renderRoutes(routes, `/programs/${P}/events`)
    const user = userEvent.setup()
    expect(await screen.findByRole('heading', { level: 1, name: 'Événements — Mentorat 2026' })).toBeInTheDocument()
    expect(await screen.findByText('Aucun événement pour le moment.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Créer l’événement' }))
    expect(screen.getByLabelText('Titre')).toHaveAccessibleDescription('Donnez un titre à l’événement.')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)

    await user.type(screen.getByLabelText('Titre'), 'Atelier écoute active')
    await user.selectOptions(screen.getByLabelText('Type d’événement'), 'training')
    await user.type(screen.getByLabelText('Début'), '2026-03-02T10:00')
    await user.type(screen.getByLabelText('Fin'), '2026-03-02T09:00')
    await user.type(screen.getByLabelText('Lieu ou lien de connexion'), 'Salle B')
    await user.click(screen.getByRole('button', { name: 'Créer l’événement' }))
    await waitFor(() => expect(screen.getByLabelText('Fin')).toHaveAccessibleDescription('La fin doit suivre le début.'))
    expect(screen.getByLabelText('Fin')).toHaveAttribute('aria-invalid', 'true')

    await user.clear(screen.getByLabelText('Fin'))
    await user.type(screen.getByLabelText('Fin'), '2026-03-02T12:00')
    await user.click(screen.getByRole('button', { name: 'Créer l’événement' }))
    expect(await screen.findByText('Événement créé.')).toBeInTheDocument()
    const list = screen.getByRole('region', { name: 'Événements planifiés' })
    expect(await within(list).findByRole('link', { name: 'Atelier écoute active' })).toBeInTheDocument()
    const body = (await calls.filter((c) => c.method === 'POST').at(-1)?.json()) as Record<string, unknown>
    expect(body).toMatchObject({ title: 'Atelier écoute active', kind: 'training', mode: 'in_person', location: 'Salle B', description: null })
    expect(body.starts_at).toBe(new Date('2026-03-02T10:00').toISOString())
  })

  it('invites participants, records attendance per person, edits and deletes after confirmation', async () => {
    let attendance = [
      { person_id: lucas.id, given_name: 'Lucas', family_name: 'Petit', invited_at: '2026-02-01T00:00:00Z', status: null, recorded_at: null },
    ]
    const { calls } = stubFetch({
      [`GET ${base}`]: () => json({ id: P, name: 'Mentorat 2026' }),
      [`GET ${base}/events`]: () => json([]),
      [`GET ${base}/events/${E}`]: () => json(event),
      [`PATCH ${base}/events/${E}`]: () => json({ ...event, title: 'Atelier écoute' }),
      [`DELETE ${base}/events/${E}`]: () => new Response(null, { status: 204 }),
      [`GET ${base}/participants`]: () =>
        json({
          items: [
            { id: 'a', role: 'mentee', state: 'eligible', person: lucas },
            { id: 'b', role: 'mentor', state: 'active', person: claire },
            { id: 'c', role: 'mentor', state: 'declined', person: { ...claire, id: 'x', given_name: 'Zoé' } },
          ],
          total: 3,
          limit: 500,
          offset: 0,
        }),
      [`POST ${base}/events/${E}/invitations`]: () => {
        attendance = [
          ...attendance,
          { person_id: claire.id, given_name: 'Claire', family_name: 'Fontaine', invited_at: '2026-02-02T00:00:00Z', status: null, recorded_at: null },
        ]
        return json({ invited: 1, already_invited: 1 })
      },
      [`GET ${base}/events/${E}/attendance`]: () => json(attendance),
      [`PUT ${base}/events/${E}/attendance`]: () =>
        json(attendance.map((row) => ({ ...row, status: row.person_id === lucas.id ? 'present' : 'excused', recorded_at: '2026-03-02T12:00:00Z' }))),
    })
    const { router } = renderRoutes(routes, `/programs/${P}/events/${E}`)
    const user = userEvent.setup()
    expect(await screen.findByRole('heading', { level: 1, name: 'Atelier écoute active' })).toBeInTheDocument()
    expect(screen.getByText(/Formation · En présentiel · Salle B/)).toBeInTheDocument()

    const invite = screen.getByRole('region', { name: 'Inviter des participants' })
    await user.click(within(invite).getByRole('button', { name: 'Envoyer les invitations' }))
    expect(within(invite).getByText('Choisissez un rôle ou au moins une personne.')).toBeInTheDocument()
    expect(within(invite).queryByLabelText(/Zoé/)).not.toBeInTheDocument()
    await user.click(within(invite).getByLabelText('Tous les mentors'))
    await user.click(await within(invite).findByLabelText(/Lucas Petit/))
    await user.click(within(invite).getByRole('button', { name: 'Envoyer les invitations' }))
    expect(await within(invite).findByText('1 nouvelle(s) invitation(s), 1 personne(s) déjà invitée(s).')).toBeInTheDocument()
    expect(await calls.find((c) => c.method === 'POST')?.json()).toEqual({ roles: ['mentor'], person_ids: [lucas.id] })

    const presence = screen.getByRole('region', { name: 'Présences' })
    await user.selectOptions(await within(presence).findByLabelText('Présence de Claire Fontaine'), 'excused')
    await user.selectOptions(within(presence).getByLabelText('Présence de Lucas Petit'), 'present')
    await user.click(within(presence).getByRole('button', { name: 'Enregistrer les présences' }))
    expect(await within(presence).findByText('Présences enregistrées.')).toBeInTheDocument()
    expect(await calls.find((c) => c.method === 'PUT')?.json()).toEqual({
      entries: [
        { person_id: lucas.id, status: 'present' },
        { person_id: claire.id, status: 'excused' },
      ],
    })
    expect(within(presence).getByLabelText('Présence de Lucas Petit')).toHaveValue('present')

    const edit = screen.getByRole('region', { name: 'Modifier l’événement' })
    await user.clear(within(edit).getByLabelText('Titre'))
    await user.type(within(edit).getByLabelText('Titre'), 'Atelier écoute')
    await user.click(within(edit).getByRole('button', { name: 'Enregistrer les modifications' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Atelier écoute' })).toBeInTheDocument()
    expect(await calls.find((c) => c.method === 'PATCH')?.json()).toMatchObject({ title: 'Atelier écoute', location: 'Salle B' })

    await user.click(screen.getByRole('button', { name: 'Supprimer l’événement' }))
    expect(screen.getByText('Supprimer définitivement « Atelier écoute » ainsi que ses invitations et présences ?')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Confirmer la suppression' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Annuler' }))
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Supprimer l’événement' }))
    await user.click(screen.getByRole('button', { name: 'Confirmer la suppression' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/programs/${P}/events`))
    expect(await screen.findByText('Événement « Atelier écoute » supprimé.')).toBeInTheDocument()
  })

  it('points at the refused person when the API rejects an invitation', async () => {
    stubFetch({
      [`GET ${base}/events/${E}`]: () => json(event),
      [`GET ${base}/participants`]: () =>
        json({ items: [{ id: 'a', role: 'mentee', state: 'eligible', person: lucas }], total: 1, limit: 500, offset: 0 }),
      [`GET ${base}/events/${E}/attendance`]: () => json([]),
      [`POST ${base}/events/${E}/invitations`]: () =>
        json(
          {
            title: 'Unprocessable',
            status: 422,
            detail: 'Only current participants of the program can be invited.',
            code: 'not_a_participant',
            errors: [{ loc: ['body', 'person_ids', 0], msg: 'not a current participant', type: 'not_a_participant' }],
          },
          422,
        ),
    })
    renderRoutes(routes, `/programs/${P}/events/${E}`)
    const user = userEvent.setup()
    expect(await screen.findByText('Personne n’est encore invité à cet événement.')).toBeInTheDocument()
    await user.click(await screen.findByLabelText(/Lucas Petit/))
    await user.click(screen.getByRole('button', { name: 'Envoyer les invitations' }))
    await waitFor(() =>
      expect(screen.getByLabelText(/Lucas Petit/)).toHaveAccessibleDescription('Cette personne n’est plus participante du programme.'),
    )
  })
})
