import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMe } from '@/api/me'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ConfirmDialog } from '@/components/Dialog'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { SelectField } from '@/components/SelectField'
import { TextField } from '@/components/TextField'
import { formValues } from '@/lib/form'
import type { ProblemMessages } from '@/lib/problems'
import {
  useDeleteSsoConfiguration,
  useRotateSsoKey,
  useSaveSsoConfiguration,
  useSsoConfiguration,
  type SsoConfiguration,
  type SsoConfigurationWrite,
} from '../api/sso-configuration'
import '../sso.css'

const PROBLEMS: ProblemMessages = {
  sso_domain_taken: 'sso.problems.sso_domain_taken',
  sso_client_secret_required: 'sso.problems.sso_client_secret_required',
  sso_break_glass_required: 'sso.problems.sso_break_glass_required',
  sso_break_glass_invalid: 'sso.problems.sso_break_glass_invalid',
  sso_issuer_insecure: 'sso.problems.sso_issuer_insecure',
}

type FieldErrors = Partial<Record<'issuer' | 'client_id' | 'allowed_domains', string>>

function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean)
}

/** Organisation admins set their identity provider (OpenID Connect) and the sign-in rules. */
export function SsoSettingsPage() {
  const { t } = useTranslation()
  const me = useMe()
  const configuration = useSsoConfiguration()
  const save = useSaveSsoConfiguration()
  const remove = useDeleteSsoConfiguration()
  const rotate = useRotateSsoKey()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [savedEnabled, setSavedEnabled] = useState<boolean | null>(null)

  if (configuration.isPending || !me.data) return <Loading />
  if (configuration.isError) return <ProblemAlert error={configuration.error} messages={PROBLEMS} />
  const current = configuration.data

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const values = formValues(form)
    const checked = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false
    const domains = splitList(values.allowed_domains ?? '', /[,\s;]+/)
    const found: FieldErrors = {}
    if (!/^https?:\/\/\S+$/.test(values.issuer ?? '')) found.issuer = t('sso.validation.issuer')
    if (!values.client_id?.trim()) found.client_id = t('sso.validation.clientId')
    if (domains.length === 0) found.allowed_domains = t('sso.validation.domains')
    setErrors(found)
    setSavedEnabled(null)
    if (Object.keys(found).length > 0) return
    const ssoOnly = checked('sso_only')
    const body: SsoConfigurationWrite = {
      enabled: checked('enabled'),
      issuer: (values.issuer ?? '').trim(),
      client_id: (values.client_id ?? '').trim(),
      client_auth_method: values.client_auth_method === 'private_key_jwt' ? 'private_key_jwt' : 'client_secret_basic',
      client_secret: values.client_secret ? values.client_secret : null,
      scopes: splitList(values.scopes ?? '', /\s+/),
      identifying_claim: (values.identifying_claim ?? 'email') as SsoConfigurationWrite['identifying_claim'],
      allowed_domains: domains,
      jit_provisioning: checked('jit_provisioning'),
      accept_provider_mfa: checked('accept_provider_mfa'),
      sso_only: ssoOnly,
      // The admin who turns "SSO only" on keeps the password, for when the provider is down.
      break_glass_person_id: ssoOnly ? (current?.break_glass_person_id ?? me.data?.id ?? null) : null,
    }
    if (!body.client_secret) delete body.client_secret
    save.mutate(body, {
      onSuccess: (saved) => {
        setSavedEnabled(saved.enabled)
        const secret = form.elements.namedItem('client_secret') as HTMLInputElement | null
        if (secret) secret.value = ''
      },
    })
  }

  return (
    <div className="sso-settings">
      <PageTitle>{t('sso.title')}</PageTitle>
      <p>{t('sso.intro')}</p>
      <Alert>{t('sso.vault')}</Alert>
      {!current && <p className="sso-empty">{t('sso.empty')}</p>}
      {savedEnabled !== null && (
        <Alert tone="success">{t('sso.saved', { state: savedEnabled ? t('sso.savedOn') : t('sso.savedOff') })}</Alert>
      )}
      <ProblemAlert error={save.error} messages={PROBLEMS} />
      <form noValidate onSubmit={onSubmit} aria-label={t('sso.title')} key={current?.updated_at ?? 'new'}>
        <Section title={t('sso.provider')}>
          <Checkbox name="enabled" label={t('sso.enabled')} hint={t('sso.enabledHint')} defaultChecked={current?.enabled ?? false} />
          <TextField
            label={t('sso.issuer')}
            hint={t('sso.issuerHint')}
            name="issuer"
            type="url"
            required
            defaultValue={current?.issuer ?? ''}
            error={errors.issuer}
          />
          <TextField label={t('sso.clientId')} name="client_id" required defaultValue={current?.client_id ?? ''} error={errors.client_id} />
          <SelectField
            label={t('sso.authMethod')}
            name="client_auth_method"
            defaultValue={current?.client_auth_method ?? 'client_secret_basic'}
            options={[
              { value: 'client_secret_basic', label: t('sso.authSecret') },
              { value: 'private_key_jwt', label: t('sso.authKey') },
            ]}
          />
          <TextField
            label={t('sso.secret')}
            hint={current?.has_client_secret ? t('sso.secretKept') : t('sso.secretNew')}
            name="client_secret"
            type="password"
            autoComplete="off"
          />
          <TextField label={t('sso.scopes')} hint={t('sso.scopesHint')} name="scopes" defaultValue={(current?.scopes ?? ['openid', 'email', 'profile']).join(' ')} />
          <SelectField
            label={t('sso.claim')}
            name="identifying_claim"
            defaultValue={current?.identifying_claim ?? 'email'}
            options={[
              { value: 'email', label: t('sso.claimEmail') },
              { value: 'preferred_username', label: t('sso.claimUsername') },
              { value: 'oid', label: t('sso.claimOid') },
              { value: 'sub', label: t('sso.claimSub') },
            ]}
          />
          <TextField
            label={t('sso.domains')}
            hint={t('sso.domainsHint')}
            name="allowed_domains"
            required
            defaultValue={(current?.allowed_domains ?? []).join(', ')}
            error={errors.allowed_domains}
          />
        </Section>
        <Section title={t('sso.policies')}>
          <Checkbox name="jit_provisioning" label={t('sso.jit')} hint={t('sso.jitHint')} defaultChecked={current?.jit_provisioning ?? false} />
          <Checkbox name="accept_provider_mfa" label={t('sso.mfa')} defaultChecked={current?.accept_provider_mfa ?? true} />
          <Checkbox name="sso_only" label={t('sso.ssoOnly')} hint={t('sso.ssoOnlyHint')} defaultChecked={current?.sso_only ?? false} />
        </Section>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('sso.saving') : t('sso.save')}
        </Button>
      </form>
      {current && <Registration configuration={current} />}
      {current && (
        <div className="sso-danger">
          {current.client_auth_method === 'private_key_jwt' && (
            <ConfirmDialog
              triggerLabel={t('sso.rotate')}
              title={t('sso.rotateTitle')}
              confirmLabel={t('sso.rotateConfirm')}
              onConfirm={() => rotate.mutateAsync()}
              messages={PROBLEMS}
            >
              <p>{t('sso.rotateBody')}</p>
            </ConfirmDialog>
          )}
          <ConfirmDialog
            triggerLabel={t('sso.remove')}
            triggerVariant="danger"
            title={t('sso.removeTitle')}
            confirmLabel={t('sso.removeConfirm')}
            onConfirm={() => remove.mutateAsync()}
            messages={PROBLEMS}
          >
            <p>{t('sso.removeBody')}</p>
          </ConfirmDialog>
        </div>
      )}
    </div>
  )
}

function Checkbox({ name, label, hint, defaultChecked }: { name: string; label: string; hint?: string; defaultChecked: boolean }) {
  const hintId = hint ? `${name}-hint` : undefined
  return (
    <div className="field sso-checkbox">
      <label>
        <input type="checkbox" name={name} defaultChecked={defaultChecked} aria-describedby={hintId} /> {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  )
}

/** The addresses the provider must know, to copy into its client registration. */
function Registration({ configuration }: { configuration: SsoConfiguration }) {
  const { t } = useTranslation()
  const rows: [string, string][] = [
    [t('sso.redirectUri'), configuration.redirect_uri],
    [t('sso.logoutUri'), configuration.post_logout_redirect_uri],
    [t('sso.backchannelUri'), configuration.backchannel_logout_uri],
  ]
  if (configuration.client_auth_method === 'private_key_jwt') rows.push([t('sso.jwksUri'), configuration.jwks_uri])
  return (
    <Section title={t('sso.register')}>
      <dl className="sso-registration">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <code>{value}</code>
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  )
}
