import { vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { getAccessToken } from '@/api/token'
import { renderRoutes } from '@/test/render'
import { json, problem, stubFetch } from '@/test/fetch'
import { SignInPage } from './SignInPage'

const tokens = { access_token: 'access-1', token_type: 'bearer', expires_in: 600, csrf_token: 'c' }

function renderSignIn(state?: unknown) {
  return renderRoutes(
    [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/', element: <p>home</p> },
      { path: '/account', element: <p>account</p> },
    ],
    '/sign-in',
    state,
  )
}

const passwordRealm = { 'POST /api/v1/auth/discover': () => json({ method: 'password', start_url: null, password_allowed: true }) }

async function fillCredentials(password = 'correct horse battery') {
  const user = userEvent.setup()
  await user.type(screen.getByLabelText('Adresse e-mail'), 'admin@demo.constel.fr')
  await user.type(screen.getByLabelText('Mot de passe'), password)
  return user
}

describe('SignInPage', () => {
  it('validates the form before calling the API', async () => {
    const { calls } = stubFetch({})
    renderSignIn()
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Adresse e-mail'), 'not-an-email')
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    expect(screen.getByText('Saisissez une adresse e-mail valide.')).toBeInTheDocument()
    expect(screen.getByText('Saisissez votre mot de passe.')).toBeInTheDocument()
    expect(screen.getByLabelText('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Adresse e-mail')).toHaveAccessibleDescription('Saisissez une adresse e-mail valide.')
    expect(calls).toHaveLength(0)
  })

  it('shows the wrong-password message from the problem code', async () => {
    stubFetch({ 'POST /api/v1/auth/login': () => problem(401, 'invalid_credentials', 'Authentication required') })
    renderSignIn()
    const user = await fillCredentials('wrong')
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Adresse e-mail ou mot de passe incorrect.')
    expect(getAccessToken()).toBeNull()
  })

  it('asks for the TOTP code when the API answers totp_required, then sends it', async () => {
    const { calls } = stubFetch({
      'POST /api/v1/auth/login': async (request) => {
        const body = (await request.json()) as { totp_code: string | null }
        return body.totp_code === '123456' ? json(tokens) : problem(401, 'totp_required')
      },
    })
    const { router } = renderSignIn({ from: '/account' })
    const user = await fillCredentials()
    expect(screen.queryByLabelText(/Code de vérification/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    const code = await screen.findByLabelText(/Code de vérification/)
    await waitFor(() => expect(code).toHaveFocus())
    await user.type(code, '123456')
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/account'))
    expect(getAccessToken()).toBe('access-1')
    const sent = await Promise.all(calls.filter((c) => c.url.endsWith('/auth/login')).map((c) => c.json() as Promise<{ totp_code: string | null }>))
    expect(sent.map((b) => b.totp_code)).toEqual([null, '123456'])
  })

  it('takes a recovery code instead of the app code when the phone is lost', async () => {
    const { calls } = stubFetch({
      'POST /api/v1/auth/login': async (request) => {
        const body = (await request.json()) as { recovery_code?: string | null }
        if (body.recovery_code === 'abcd-efgh-jkmn-pqrs') return json(tokens)
        return problem(401, body.recovery_code ? 'recovery_code_invalid' : 'totp_required')
      },
    })
    const { router } = renderSignIn({ from: '/account' })
    const user = await fillCredentials()
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    const code = await screen.findByLabelText(/Code de vérification/)
    await user.type(code, 'zzzz-zzzz-zzzz-zzzz')
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce code de secours est incorrect ou a déjà servi.')
    await user.clear(code)
    await user.type(code, 'abcd-efgh-jkmn-pqrs')
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/account'))
    const sent = await Promise.all(
      calls.filter((c) => c.url.endsWith('/auth/login')).map((c) => c.json() as Promise<{ totp_code: string | null; recovery_code?: string | null }>),
    )
    expect(sent.at(-1)).toMatchObject({ totp_code: null, recovery_code: 'abcd-efgh-jkmn-pqrs' })
  })

  it('tells how long to wait after too many attempts', async () => {
    stubFetch({
      'POST /api/v1/auth/login': () =>
        json({ title: 'Too many', status: 429, code: 'too_many_attempts' }, 429, { 'Retry-After': '120' }),
    })
    renderSignIn()
    const user = await fillCredentials()
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Réessayez dans 120 secondes.')
  })

  it('confirms a sign-out', () => {
    stubFetch({})
    renderSignIn({ signedOut: true })
    expect(screen.getByRole('status')).toHaveTextContent('Vous êtes déconnecté.')
  })

  it('sends people of an organisation with its own provider there, and says the vault stays locked', async () => {
    const startUrl = '/api/v1/auth/sso/start?organisation=ministere&login_hint=alice%40ministere.example'
    const { calls } = stubFetch({
      'POST /api/v1/auth/discover': () => json({ method: 'sso', start_url: startUrl, password_allowed: true }),
    })
    const assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, assign })
    renderSignIn()
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Adresse e-mail'), 'alice@ministere.example')
    await user.tab()
    const go = await screen.findByRole('button', { name: 'Continuer avec le compte de mon organisation' })
    expect(screen.queryByLabelText('Mot de passe')).not.toBeInTheDocument()
    expect(screen.getByText(/ne déverrouille pas votre coffre/)).toBeInTheDocument()
    await user.click(go)
    expect(assign).toHaveBeenCalledWith(startUrl)
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/api/v1/auth/discover'])
    // The password stays possible when the organisation allows it.
    await user.click(screen.getByRole('button', { name: 'Me connecter plutôt avec un mot de passe Constel' }))
    expect(screen.getByLabelText('Mot de passe')).toBeInTheDocument()
    vi.unstubAllGlobals()
  })

  it('offers only the emergency access when the organisation requires its provider', async () => {
    stubFetch({
      'POST /api/v1/auth/discover': () => json({ method: 'sso', start_url: '/api/v1/auth/sso/start?organisation=m', password_allowed: false }),
    })
    renderSignIn()
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Adresse e-mail'), 'alice@ministere.example')
    await user.tab()
    expect(await screen.findByRole('button', { name: 'Accès de secours de l’administrateur' })).toBeInTheDocument()
  })

  it('keeps the password form for other addresses and shows sso_required in words', async () => {
    stubFetch({
      ...passwordRealm,
      'POST /api/v1/auth/login': () => problem(403, 'sso_required'),
    })
    renderSignIn()
    const user = await fillCredentials()
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Votre organisation vous connecte avec son propre compte')
  })
})
