import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { z } from 'zod'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { PageTitle } from '@/components/PageTitle'
import { TextField } from '@/components/TextField'
import { formValues, validate, type FieldErrors } from '@/lib/form'
import { useRequestPasswordReset } from '../api/password-reset'

const schema = z.object({ email: z.string().trim().email('passwordReset.forgot.validation') })
type Values = z.infer<typeof schema>

export function ForgotPasswordPage() {
  const { t } = useTranslation()
  const request = useRequestPasswordReset()
  const [errors, setErrors] = useState<FieldErrors<Values>>({})

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = validate(schema, formValues(event.currentTarget))
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    request.mutate(result.data.email)
  }

  return (
    <div className="narrow">
      <PageTitle>{t('passwordReset.forgot.title')}</PageTitle>
      {request.isSuccess ? (
        <Alert tone="success">{t('passwordReset.forgot.sent')}</Alert>
      ) : (
        <>
          <p>{t('passwordReset.forgot.intro')}</p>
          {request.isError && <Alert tone="error">{t('passwordReset.forgot.error')}</Alert>}
          <form noValidate onSubmit={onSubmit} aria-label={t('passwordReset.forgot.title')}>
            <TextField
              label={t('passwordReset.forgot.email')}
              name="email"
              type="email"
              autoComplete="username"
              required
              error={errors.email && t(errors.email)}
            />
            <Button type="submit" disabled={request.isPending}>
              {request.isPending ? t('passwordReset.forgot.submitting') : t('passwordReset.forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('passwordReset.forgot.back')}</Link>
      </p>
    </div>
  )
}
