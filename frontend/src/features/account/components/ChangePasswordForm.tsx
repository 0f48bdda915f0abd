import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { isProblemError } from '@/api/problem'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { formValues, validate, type FieldErrors } from '@/lib/form'
import { useChangePassword } from '../api/change-password'
import { PASSWORD_MIN_LENGTH } from '../hooks/usePasswordPolicy'

const schema = z
  .object({
    current_password: z.string().min(1, 'account.password.validation.current'),
    new_password: z.string().min(PASSWORD_MIN_LENGTH, 'account.password.validation.tooShort'),
    confirm_password: z.string(),
  })
  .refine((v) => v.new_password === v.confirm_password, {
    message: 'account.password.validation.mismatch',
    path: ['confirm_password'],
  })
type Values = z.infer<typeof schema>

export function ChangePasswordForm() {
  const { t } = useTranslation()
  const mutation = useChangePassword()
  const [errors, setErrors] = useState<FieldErrors<Values>>({})

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const result = validate(schema, formValues(form))
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    mutation.mutate(
      { current_password: result.data.current_password, new_password: result.data.new_password },
      { onSuccess: () => form.reset() },
    )
  }

  function apiMessage(error: unknown): string {
    if (isProblemError(error)) {
      if (error.code === 'wrong_password') return t('account.password.errors.wrong_password')
      if (error.code === 'validation_error') return error.problem.detail ?? t('account.password.errors.validation_error')
    }
    return t('account.password.errors.generic')
  }

  const minLength = { count: PASSWORD_MIN_LENGTH }
  return (
    <Section title={t('account.password.title')}>
      {mutation.isSuccess && <Alert tone="success">{t('account.password.success')}</Alert>}
      {mutation.isError && <Alert tone="error">{apiMessage(mutation.error)}</Alert>}
      <form noValidate onSubmit={onSubmit}>
        <TextField
          label={t('account.password.current')}
          name="current_password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.current_password && t(errors.current_password)}
        />
        <TextField
          label={t('account.password.new')}
          hint={t('account.password.newHint', minLength)}
          name="new_password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          error={errors.new_password && t('account.password.validation.tooShort', minLength)}
        />
        <TextField
          label={t('account.password.confirm')}
          name="confirm_password"
          type="password"
          autoComplete="new-password"
          required
          error={errors.confirm_password && t(errors.confirm_password)}
        />
        <Button type="submit" disabled={mutation.isPending}>
          {t('account.password.submit')}
        </Button>
      </form>
    </Section>
  )
}
