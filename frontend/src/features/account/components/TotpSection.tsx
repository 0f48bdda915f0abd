import { QRCodeSVG } from 'qrcode.react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { Me } from '@/api/me'
import { isProblemError } from '@/api/problem'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { formValues, validate, type FieldErrors } from '@/lib/form'
import { useEnableTotp } from '../api/enable-totp'
import { useSetupTotp } from '../api/setup-totp'
import { ManageTotp } from './ManageTotp'
import { RecoveryCodes } from './RecoveryCodes'

const schema = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'account.totp.validation.code') })

export function TotpSection({ me }: { me: Me }) {
  const { t } = useTranslation()
  const setup = useSetupTotp()
  const enable = useEnableTotp()
  const [errors, setErrors] = useState<FieldErrors<z.infer<typeof schema>>>({})
  const [disabledNow, setDisabledNow] = useState(false)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = validate(schema, formValues(event.currentTarget))
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    setDisabledNow(false)
    enable.mutate(result.data.code)
  }

  const enableError =
    enable.isError &&
    (isProblemError(enable.error) && enable.error.code === 'totp_invalid'
      ? t('account.totp.errors.totp_invalid')
      : t('account.totp.errors.generic'))

  return (
    <Section title={t('account.totp.title')}>
      {enable.isSuccess && me.totp_enabled && <Alert tone="success">{t('account.totp.success')}</Alert>}
      {disabledNow && !me.totp_enabled && <Alert tone="success">{t('account.totp.disabledNow')}</Alert>}
      {me.totp_enabled ? (
        <>
          {!enable.isSuccess && <p>{t('account.totp.enabled')}</p>}
          {enable.data && <RecoveryCodes codes={enable.data} />}
          <ManageTotp
            me={me}
            onDisabled={() => {
              enable.reset()
              setup.reset()
              setDisabledNow(true)
            }}
          />
        </>
      ) : (
        <>
          <p>{t('account.totp.disabled')}</p>
          {me.organisation.require_totp_for_admins && me.roles.includes('org_admin') && (
            <Alert>{t('account.totp.required')}</Alert>
          )}
          {setup.isError && <Alert tone="error">{t('account.totp.errors.generic')}</Alert>}
          {!setup.data ? (
            <Button onClick={() => setup.mutate()} disabled={setup.isPending}>
              {t('account.totp.start')}
            </Button>
          ) : (
            <div className="totp-setup">
              <p>{t('account.totp.scan')}</p>
              <QRCodeSVG
                value={setup.data.otpauth_uri}
                size={180}
                marginSize={2}
                role="img"
                aria-label={t('account.totp.qrLabel')}
                title={t('account.totp.qrLabel')}
              />
              <p>
                {t('account.totp.secret')} <code data-testid="totp-secret">{setup.data.secret}</code>
              </p>
              {enableError && <Alert tone="error">{enableError}</Alert>}
              <form noValidate onSubmit={onSubmit}>
                <TextField
                  label={t('account.totp.code')}
                  name="code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  required
                  error={errors.code && t(errors.code)}
                />
                <Button type="submit" disabled={enable.isPending}>
                  {t('account.totp.confirm')}
                </Button>
              </form>
            </div>
          )}
        </>
      )}
    </Section>
  )
}
