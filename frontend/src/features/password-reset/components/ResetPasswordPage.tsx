import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { z } from 'zod'
import { isProblemError } from '@/api/problem'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { PageTitle } from '@/components/PageTitle'
import { TextField } from '@/components/TextField'
import { formValues, validate, type FieldErrors } from '@/lib/form'
import { useConfirmPasswordReset } from '../api/password-reset'

/** The API's minimum (as in the account's change-password form); the API stays the judge. */
const PASSWORD_MIN_LENGTH = 12

const schema = z
  .object({
    new_password: z.string().min(PASSWORD_MIN_LENGTH, 'passwordReset.reset.tooShort'),
    confirm_password: z.string(),
  })
  .refine((v) => v.new_password === v.confirm_password, {
    message: 'passwordReset.reset.mismatch',
    path: ['confirm_password'],
  })
type Values = z.infer<typeof schema>

export function ResetPasswordPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const token = params.get('token') ?? ''
  const welcome = params.get('welcome') === '1'
  const confirm = useConfirmPasswordReset()
  const [errors, setErrors] = useState<FieldErrors<Values>>({})
  const minLength = { count: PASSWORD_MIN_LENGTH }
  const title = welcome ? t('passwordReset.reset.welcomeTitle') : t('passwordReset.reset.title')

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = validate(schema, formValues(event.currentTarget))
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    confirm.mutate(
      { token, new_password: result.data.new_password },
      { onSuccess: () => void navigate('/sign-in', { replace: true, state: { passwordReset: true } }) },
    )
  }

  const invalid =
    token.length < 16 ||
    (isProblemError(confirm.error) &&
      (confirm.error.code === 'invalid_password_token' || confirm.error.code === 'validation_error'))

  return (
    <div className="narrow">
      <PageTitle>{title}</PageTitle>
      <Alert tone="info">{t('passwordReset.reset.vault')}</Alert>
      {invalid ? (
        <>
          <Alert tone="error">
            {token.length < 16 ? t('passwordReset.reset.missingToken') : t('passwordReset.reset.invalidToken')}
          </Alert>
          <p>
            <Link to="/forgot-password">{t('passwordReset.reset.askAgain')}</Link>
          </p>
        </>
      ) : (
        <>
          {confirm.isError && <Alert tone="error">{t('passwordReset.reset.error')}</Alert>}
          <form noValidate onSubmit={onSubmit} aria-label={title}>
            <TextField
              label={t('passwordReset.reset.password')}
              hint={t('passwordReset.reset.passwordHint', minLength)}
              name="new_password"
              type="password"
              autoComplete="new-password"
              required
              minLength={PASSWORD_MIN_LENGTH}
              error={errors.new_password && t(errors.new_password, minLength)}
            />
            <TextField
              label={t('passwordReset.reset.confirm')}
              name="confirm_password"
              type="password"
              autoComplete="new-password"
              required
              error={errors.confirm_password && t(errors.confirm_password)}
            />
            <Button type="submit" disabled={confirm.isPending}>
              {confirm.isPending ? t('passwordReset.reset.submitting') : t('passwordReset.reset.submit')}
            </Button>
          </form>
        </>
      )}
    </div>
  )
}
