import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useMe } from '@/api/me'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Loading } from '@/components/Loading'
import { PageTitle } from '@/components/PageTitle'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { formValues } from '@/lib/form'
import { lockVault, setUpVault, unlockVault, useVault } from '@/lib/vault-session'
import { myVaultKey, useMyVault } from '../api/get-my-vault'

const MIN_LENGTH = 12

/** Only same-site paths are followed after unlocking. */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/'
}

function SetupForm({ userId, onCreated }: { userId: string; onCreated: (recoveryKey: string) => void }) {
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { passphrase = '', confirm = '' } = formValues(event.currentTarget)
    if (passphrase.length < MIN_LENGTH) return setError(t('vault.tooShort'))
    if (passphrase !== confirm) return setError(t('vault.mismatch'))
    setError(null)
    setBusy(true)
    try {
      onCreated(await setUpVault(userId, passphrase))
    } catch {
      setError(t('vault.setupFailed'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Section title={t('vault.setupTitle')}>
      <p>{t('vault.setupExplain')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField label={t('vault.passphrase')} hint={t('vault.passphraseHint')} name="passphrase" type="password" autoComplete="new-password" required />
        <TextField label={t('vault.passphraseConfirm')} name="confirm" type="password" autoComplete="new-password" required />
        {error && <Alert tone="error">{error}</Alert>}
        <Button type="submit" disabled={busy}>
          {busy ? t('vault.creating') : t('vault.create')}
        </Button>
      </form>
    </Section>
  )
}

function RecoveryKeyStep({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useTranslation()
  const [confirmed, setConfirmed] = useState(false)
  return (
    <Section title={t('vault.recoveryTitle')}>
      <p>{t('vault.recoveryExplain')}</p>
      <p>
        <strong>{t('vault.recoveryLabel')}</strong>
      </p>
      <pre className="recovery-key" data-testid="recovery-key">
        {recoveryKey}
      </pre>
      <div className="field">
        <label>
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> {t('vault.recoveryConfirm')}
        </label>
      </div>
      <Button disabled={!confirmed} onClick={onDone}>
        {t('vault.recoveryDone')}
      </Button>
    </Section>
  )
}

function UnlockForm({ userId, onUnlocked }: { userId: string; onUnlocked: () => void }) {
  const { t } = useTranslation()
  const [recovery, setRecovery] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { secret = '' } = formValues(event.currentTarget)
    setBusy(true)
    setError(null)
    try {
      await unlockVault(userId, secret, recovery)
      onUnlocked()
    } catch {
      setError(t('vault.unlockFailed'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Section title={t('vault.unlockTitle')}>
      <p>{t('vault.unlockExplain')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          key={recovery ? 'rk' : 'pw'}
          label={recovery ? t('vault.recoveryInput') : t('vault.passphrase')}
          name="secret"
          type={recovery ? 'text' : 'password'}
          autoComplete={recovery ? 'off' : 'current-password'}
          required
        />
        {error && <Alert tone="error">{error}</Alert>}
        <Button type="submit" disabled={busy}>
          {busy ? t('vault.unlocking') : t('vault.unlock')}
        </Button>{' '}
        <Button variant="link" onClick={() => setRecovery(!recovery)}>
          {recovery ? t('vault.usePassphrase') : t('vault.useRecovery')}
        </Button>
      </form>
    </Section>
  )
}

/** First-time setup (passphrase, then the recovery key shown once) or unlock. */
export function VaultPage() {
  const { t } = useTranslation()
  const me = useMe()
  const vault = useMyVault()
  const keys = useVault()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  if (!me.data || vault.isPending) return <Loading />
  const userId = me.data.id
  const done = () => void navigate(next)
  return (
    <>
      <PageTitle>{t('vault.title')}</PageTitle>
      <p>{t('vault.intro')}</p>
      {recoveryKey ? (
        <RecoveryKeyStep
          recoveryKey={recoveryKey}
          onDone={() => {
            setRecoveryKey(null)
            void queryClient.invalidateQueries({ queryKey: myVaultKey })
            done()
          }}
        />
      ) : keys ? (
        <Section title={t('vault.unlockTitle')}>
          <Alert tone="success">{t('vault.unlocked')}</Alert>
          <Button variant="secondary" onClick={() => lockVault()}>
            {t('vault.lock')}
          </Button>{' '}
          <Link to={next}>{t('vault.back')}</Link>
        </Section>
      ) : vault.data ? (
        <UnlockForm userId={userId} onUnlocked={done} />
      ) : (
        <SetupForm userId={userId} onCreated={setRecoveryKey} />
      )}
    </>
  )
}
