import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { Me } from '@/api/me'
import { isProblemError } from '@/api/problem'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { TextField } from '@/components/TextField'
import { formValues, validate, type FieldErrors } from '@/lib/form'
import { useDisableTotp, useRegenerateRecoveryCodes } from '../api/manage-totp'
import { RecoveryCodes } from './RecoveryCodes'

const schema = z.object({
  code: z.string().trim().min(6, 'account.totp.manage.validation.code').max(32, 'account.totp.manage.validation.code'),
})
type Action = 'regenerate' | 'disable'

/** With TOTP on: new recovery codes, or turning it off, each confirmed by a fresh code. */
export function ManageTotp({ me, onDisabled }: { me: Me; onDisabled: () => void }) {
  const { t } = useTranslation()
  const regenerate = useRegenerateRecoveryCodes()
  const disable = useDisableTotp()
  const [errors, setErrors] = useState<FieldErrors<z.infer<typeof schema>>>({})

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    const action = (submitter?.value ?? 'regenerate') as Action
    const result = validate(schema, formValues(event.currentTarget))
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    regenerate.reset()
    disable.reset()
    if (action === 'disable') disable.mutate(result.data.code, { onSuccess: onDisabled })
    else regenerate.mutate(result.data.code)
  }

  const failed = regenerate.error ?? disable.error
  const failure =
    failed &&
    (isProblemError(failed) && failed.code === 'totp_invalid'
      ? t('account.totp.manage.errors.totp_invalid')
      : isProblemError(failed) && failed.code === 'too_many_attempts'
        ? t('account.totp.manage.errors.too_many_attempts')
        : t('account.totp.manage.errors.generic'))

  return (
    <div className="totp-manage">
      <p>{t('account.totp.recovery.left', { count: me.recovery_codes_left })}</p>
      {regenerate.data && <RecoveryCodes codes={regenerate.data} />}
      {failure && <Alert tone="error">{failure}</Alert>}
      <form noValidate onSubmit={onSubmit}>
        <TextField
          label={t('account.totp.manage.code')}
          hint={t('account.totp.manage.hint')}
          name="code"
          autoComplete="one-time-code"
          maxLength={32}
          required
          error={errors.code && t(errors.code)}
        />
        <div className="actions">
          <Button type="submit" name="action" value="regenerate" disabled={regenerate.isPending}>
            {t('account.totp.manage.regenerate')}
          </Button>
          <Button type="submit" name="action" value="disable" variant="secondary" disabled={disable.isPending}>
            {t('account.totp.manage.disable')}
          </Button>
        </div>
      </form>
    </div>
  )
}
