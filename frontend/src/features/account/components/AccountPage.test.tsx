import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { getAccessToken, sessionEndReason, setAccessToken } from '@/api/token'
import { demoMe, json, problem, stubFetch } from '@/test/fetch'
import { renderWithProviders } from '@/test/render'
import { AccountPage } from './AccountPage'

describe('AccountPage', () => {
  beforeEach(() => setAccessToken('t'))

  it('checks the new password locally, then reports a wrong current password', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(demoMe),
      'GET /api/v1/calendar/feed': () => json({ active: false, created_at: null, last_fetched_at: null }),
      'POST /api/v1/me/password': () => problem(400, 'wrong_password'),
    })
    renderWithProviders(<AccountPage />)
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('Mot de passe actuel'), 'old password')
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'long-enough-password')
    await user.type(screen.getByLabelText('Confirmez le nouveau mot de passe'), 'something-else-entirely')
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }))
    expect(screen.getByText('Les deux mots de passe ne correspondent pas.')).toBeInTheDocument()
    expect(calls.filter((c) => c.url.endsWith('/me/password'))).toHaveLength(0)

    await user.clear(screen.getByLabelText('Confirmez le nouveau mot de passe'))
    await user.type(screen.getByLabelText('Confirmez le nouveau mot de passe'), 'long-enough-password')
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Le mot de passe actuel est incorrect.')
    const sent = calls.find((c) => c.url.endsWith('/me/password'))
    expect(await sent?.json()).toEqual({ current_password: 'old password', new_password: 'long-enough-password' })
  })

  it('enables TOTP: shows the QR code and the secret, then confirms with a code', async () => {
    let enabled = false
    stubFetch({
      'GET /api/v1/me': () => json({ ...demoMe, totp_enabled: enabled }),
      'GET /api/v1/calendar/feed': () => json({ active: false, created_at: null, last_fetched_at: null }),
      'POST /api/v1/me/totp/setup': () =>
        json({ secret: 'JBSWY3DPEHPK3PXP', otpauth_uri: 'otpauth://totp/Constel:admin?secret=JBSWY3DPEHPK3PXP' }),
      'POST /api/v1/me/totp/enable': async (request) => {
        const { code } = (await request.json()) as { code: string }
        if (code !== '654321') return problem(400, 'totp_invalid')
        enabled = true
        return json({ codes: Array.from({ length: 10 }, (_, i) => `abcd-efgh-jkmn-pq${i}0`) })
      },
    })
    renderWithProviders(<AccountPage />)
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Activer la double authentification' }))
    expect(await screen.findByText('JBSWY3DPEHPK3PXP')).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /QR code/ })).toBeInTheDocument()
    await user.type(screen.getByLabelText('Code à six chiffres'), '111111')
    await user.click(screen.getByRole('button', { name: 'Confirmer l’activation' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Code incorrect.')
    await user.clear(screen.getByLabelText('Code à six chiffres'))
    await user.type(screen.getByLabelText('Code à six chiffres'), '654321')
    await user.click(screen.getByRole('button', { name: 'Confirmer l’activation' }))
    expect(await screen.findByText('La double authentification est activée.')).toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'Codes de secours' }).querySelectorAll('li')).toHaveLength(10)
    expect(screen.getByText('abcd-efgh-jkmn-pq00')).toBeInTheDocument()
  })

  it('makes new recovery codes, then turns TOTP off with a code', async () => {
    let enabled = true
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json({ ...demoMe, totp_enabled: enabled, recovery_codes_left: enabled ? 3 : 0 }),
      'GET /api/v1/calendar/feed': () => json({ active: false, created_at: null, last_fetched_at: null }),
      'POST /api/v1/me/totp/recovery-codes': async (request) => {
        const { code } = (await request.json()) as { code: string }
        if (code !== '654321') return problem(400, 'totp_invalid')
        return json({ codes: Array.from({ length: 10 }, (_, i) => `zzzz-yyyy-xxxx-ww${i}0`) })
      },
      'POST /api/v1/me/totp/disable': () => {
        enabled = false
        return new Response(null, { status: 204 })
      },
    })
    renderWithProviders(<AccountPage />)
    const user = userEvent.setup()
    expect(await screen.findByText('Il vous reste 3 codes de secours.')).toBeInTheDocument()
    const field = screen.getByLabelText('Code de l’application ou code de secours')
    await user.type(field, '111111')
    await user.click(screen.getByRole('button', { name: 'Générer de nouveaux codes de secours' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Code incorrect ou déjà utilisé.')
    await user.clear(field)
    await user.type(field, '654321')
    await user.click(screen.getByRole('button', { name: 'Générer de nouveaux codes de secours' }))
    expect(await screen.findByText('zzzz-yyyy-xxxx-ww00')).toBeInTheDocument()

    await user.clear(field)
    await user.type(field, 'abcd-efgh-jkmn-pqrs')
    await user.click(screen.getByRole('button', { name: 'Désactiver la double authentification' }))
    expect(await screen.findByText('La double authentification est désactivée.')).toBeInTheDocument()
    const sent = calls.find((c) => c.url.endsWith('/me/totp/disable'))
    expect(await sent?.json()).toEqual({ code: 'abcd-efgh-jkmn-pqrs' })
    expect(screen.getByRole('button', { name: 'Activer la double authentification' })).toBeInTheDocument()
  })

  it('signs out everywhere and forgets the local session', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/me': () => json(demoMe),
      'GET /api/v1/calendar/feed': () => json({ active: false, created_at: null, last_fetched_at: null }),
      'POST /api/v1/auth/logout-all': () => new Response(null, { status: 204 }),
    })
    renderWithProviders(<AccountPage />)
    await userEvent.click(await screen.findByRole('button', { name: 'Se déconnecter partout' }))
    await waitFor(() => expect(getAccessToken()).toBeNull())
    expect(sessionEndReason()).toBe('signedOut')
    expect(calls.find((c) => c.url.endsWith('/logout-all'))?.headers.get('Authorization')).toBe('Bearer t')
  })
})
