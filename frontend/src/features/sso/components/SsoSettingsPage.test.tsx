import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { demoMe, json, problem, stubFetch } from '@/test/fetch'
import { renderRoutes } from '@/test/render'
import { SsoSettingsPage } from './SsoSettingsPage'

const saved = {
  id: 'c1', enabled: true, issuer: 'https://idp.example.fr/realms/ministere', client_id: 'constel',
  client_auth_method: 'client_secret_basic', has_client_secret: true, public_jwk: null,
  scopes: ['openid', 'email', 'profile'], identifying_claim: 'email', allowed_domains: ['ministere.example.fr'],
  sso_only: false, break_glass_person_id: null, jit_provisioning: false, accept_provider_mfa: true,
  redirect_uri: 'https://constel.example.fr/api/v1/auth/sso/callback',
  post_logout_redirect_uri: 'https://constel.example.fr/sign-in',
  backchannel_logout_uri: 'https://constel.example.fr/api/v1/auth/sso/backchannel-logout/c1',
  jwks_uri: 'https://constel.example.fr/api/v1/auth/sso/jwks/c1', updated_at: '2026-12-03T10:00:00Z',
}

function render() {
  return renderRoutes([{ path: '/sso', element: <SsoSettingsPage /> }], '/sso')
}

async function fill() {
  const user = userEvent.setup()
  await user.click(await screen.findByLabelText('Activer la connexion unique'))
  await user.type(screen.getByLabelText('Adresse de l’émetteur (issuer)'), saved.issuer)
  await user.type(screen.getByLabelText('Identifiant du client'), 'constel')
  await user.type(screen.getByLabelText('Secret du client'), 'the-secret')
  await user.type(screen.getByLabelText('Domaines de messagerie autorisés'), 'ministere.example.fr')
  return user
}

describe('SsoSettingsPage', () => {
  beforeEach(() => setAccessToken('t'))

  it('configures the provider, then shows what to register there but never the secret', async () => {
    let stored: unknown = null
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(demoMe),
      'GET /api/v1/organisation/sso': () => (stored ? json(stored) : problem(404, 'sso_not_configured')),
      'PUT /api/v1/organisation/sso': () => {
        stored = saved
        return json(saved)
      },
    })
    render()
    expect(await screen.findByText(/pas encore configurée/)).toBeInTheDocument()
    const user = await fill()
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText(/envoie désormais vos collaborateurs/)).toBeInTheDocument()
    expect(screen.getByText(saved.redirect_uri)).toBeInTheDocument()
    expect(screen.queryByText('the-secret')).not.toBeInTheDocument()
    const put = calls.find((c) => c.method === 'PUT')
    expect(await put?.json()).toMatchObject({
      enabled: true, client_secret: 'the-secret', allowed_domains: ['ministere.example.fr'], sso_only: false,
      break_glass_person_id: null,
    })
  })

  it('says in words when another organisation already uses a domain', async () => {
    stubFetch({
      'GET /api/v1/me': () => json(demoMe),
      'GET /api/v1/organisation/sso': () => problem(404, 'sso_not_configured'),
      'PUT /api/v1/organisation/sso': () => problem(409, 'sso_domain_taken'),
    })
    render()
    const user = await fill()
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText(/déjà utilisé par une autre organisation/)).toBeInTheDocument()
  })

  it('keeps the admin as emergency access when passwords are turned off', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(demoMe),
      'GET /api/v1/organisation/sso': () => json(saved),
      'PUT /api/v1/organisation/sso': () => json({ ...saved, sso_only: true, break_glass_person_id: demoMe.id }),
    })
    render()
    const user = userEvent.setup()
    await user.click(await screen.findByLabelText(/Connexion unique obligatoire/))
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await screen.findByText(/Réglages enregistrés/)
    const body = (await calls.find((c) => c.method === 'PUT')?.json()) as Record<string, unknown>
    expect(body).toMatchObject({ sso_only: true, break_glass_person_id: demoMe.id })
    expect(body).not.toHaveProperty('client_secret')
  })
})
