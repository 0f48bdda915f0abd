import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useLocation, useNavigate } from 'react-router'
import { z } from 'zod'
import { isProblemError } from '@/api/problem'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { PageTitle } from '@/components/PageTitle'
import { TextField } from '@/components/TextField'
import { useAccessToken } from '@/hooks/useAccessToken'
import { formValues, validate, type FieldErrors } from '@/lib/form'
import { discover, type Discovery } from '../api/discover'
import { useLogin } from '../api/login'
import { useSignInMessage } from '../hooks/useSignInMessage'

const signInSchema = z.object({
  email: z.string().trim().email('auth.validation.email'),
  password: z.string().min(1, 'auth.validation.password'),
  // Six digits from the app, or a recovery code (xxxx-xxxx-xxxx-xxxx) when the phone is lost.
  totp_code: z
    .string()
    .trim()
    .regex(/^(\d{6}|[0-9A-Za-z][0-9A-Za-z -]{14,30})$/, 'auth.validation.totpCode')
    .optional(),
})
type SignInValues = z.infer<typeof signInSchema>

type LocationState = { from?: string; signedOut?: boolean; expired?: boolean; passwordReset?: boolean } | null

export function SignInPage() {
  const { t } = useTranslation()
  const token = useAccessToken()
  const navigate = useNavigate()
  const location = useLocation()
  const state = location.state as LocationState
  const login = useLogin()
  const messageFor = useSignInMessage()
  const [needsTotp, setNeedsTotp] = useState(false)
  // Home-realm discovery: people of an organisation with its own provider go there.
  const [realm, setRealm] = useState<Discovery | null>(null)
  const [passwordChosen, setPasswordChosen] = useState(false)
  const discovered = useRef('')
  const [errors, setErrors] = useState<FieldErrors<SignInValues>>({})
  const totpRef = useRef<HTMLInputElement>(null)
  const errorCode = isProblemError(login.error) ? login.error.code : null

  useEffect(() => {
    if (needsTotp) totpRef.current?.focus()
  }, [needsTotp])

  if (token && !login.isPending) return <Navigate to={state?.from ?? '/'} replace />

  const sso = realm?.method === 'sso' && realm.start_url && !passwordChosen ? realm : null

  /** Asks once per address how it signs in; any failure leaves the password form. */
  function lookUpRealm(email: string) {
    const address = email.trim()
    if (address === discovered.current || !signInSchema.shape.email.safeParse(address).success) return
    discovered.current = address
    setPasswordChosen(false)
    discover(address)
      .then((found) => {
        if (discovered.current === address) setRealm(found)
      })
      .catch(() => setRealm(null))
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (sso?.start_url) {
      window.location.assign(sso.start_url)
      return
    }
    const values = formValues(event.currentTarget)
    if (!passwordChosen && !values.password && realm === null) {
      // Enter pressed in the e-mail field: find out where this address signs in first.
      lookUpRealm(String(values.email ?? ''))
    }
    const result = validate(signInSchema, values)
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    const { email, password, totp_code } = result.data
    const code = needsTotp ? (totp_code ?? null) : null
    const isAppCode = code !== null && /^\d{6}$/.test(code)
    login.mutate(
      { email, password, totp_code: isAppCode ? code : null, recovery_code: isAppCode ? null : code },
      {
        onSuccess: () => void navigate(state?.from ?? '/', { replace: true }),
        onError: (error) => {
          const secondFactor = ['totp_required', 'totp_invalid', 'recovery_code_invalid']
          if (isProblemError(error) && secondFactor.includes(error.code)) {
            setNeedsTotp(true)
          }
        },
      },
    )
  }

  return (
    <div className="narrow">
      <PageTitle>{t('auth.title')}</PageTitle>
      <p>{t('auth.intro')}</p>
      {state?.signedOut && !login.error && <Alert tone="success">{t('auth.signedOut')}</Alert>}
      {state?.expired && !login.error && <Alert>{t('auth.sessionExpired')}</Alert>}
      {state?.passwordReset && !login.error && <Alert tone="success">{t('passwordReset.reset.done')}</Alert>}
      {login.error && (
        <Alert tone={errorCode === 'totp_required' ? 'info' : 'error'}>{messageFor(login.error)}</Alert>
      )}
      <form noValidate onSubmit={onSubmit} aria-label={t('auth.title')}>
        <TextField
          label={t('auth.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          onBlur={(event) => lookUpRealm(event.currentTarget.value)}
          onChange={(event) => {
            if (event.currentTarget.value.trim() !== discovered.current) {
              discovered.current = ''
              setRealm(null)
            }
          }}
          error={errors.email && t(errors.email)}
        />
        {sso ? (
          <div className="sso-realm" role="status">
            <p>{t('auth.sso.explain')}</p>
            <Button type="submit">{t('auth.sso.continue')}</Button>
            <p className="field-hint">{t('auth.sso.vault')}</p>
            <Button variant="link" onClick={() => setPasswordChosen(true)}>
              {sso.password_allowed ? t('auth.sso.usePassword') : t('auth.sso.breakGlass')}
            </Button>
          </div>
        ) : (
          <>
            <TextField
              label={t('auth.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              error={errors.password && t(errors.password)}
            />
            {needsTotp && (
              <TextField
                ref={totpRef}
                label={t('auth.totpCode')}
                hint={t('auth.totpHint')}
                name="totp_code"
                autoComplete="one-time-code"
                maxLength={32}
                required
                error={errors.totp_code && t(errors.totp_code)}
              />
            )}
            <Button type="submit" disabled={login.isPending}>
              {login.isPending ? t('auth.submitting') : t('auth.submit')}
            </Button>
          </>
        )}
      </form>
      <p>
        <Link to="/forgot-password">{t('passwordReset.link')}</Link>
      </p>
    </div>
  )
}
