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
import { changeVaultPassphrase, lockNow, setUpVault, unlockVault, useVaultState } from '@/lib/vault-session'
import { myVaultKey, useMyVault } from '../api/get-my-vault'
import { RecoveryKeyStep } from './RecoveryKeyStep'
import '../vault.css'

const MIN_LENGTH = 12

/** Only same-site paths are followed after unlocking. */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/'
}

type PassphraseError = 'tooShort' | 'mismatch'

function checkPassphrase(passphrase: string, confirm: string): PassphraseError | null {
  if (passphrase.length < MIN_LENGTH) return 'tooShort'
  if (passphrase !== confirm) return 'mismatch'
  return null
}

function SetupForm({ userId, onCreated }: { userId: string; onCreated: (recoveryKey: string) => void }) {
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const [fieldError, setFieldError] = useState<PassphraseError | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { passphrase = '', confirm = '' } = formValues(event.currentTarget)
    const problem = checkPassphrase(passphrase, confirm)
    setFieldError(problem)
    if (problem) return
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
    <>
      <Section title={t('vault.beforeTitle')}>
        <ul className="vault-before">
          <li>{t('vault.before1')}</li>
          <li>{t('vault.before2')}</li>
          <li>{t('vault.before3')}</li>
        </ul>
      </Section>
      <Section title={t('vault.setupTitle')}>
        <p>{t('vault.setupExplain')}</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextField
            label={t('vault.passphrase')}
            hint={t('vault.passphraseHint')}
            name="passphrase"
            type="password"
            autoComplete="new-password"
            required
            error={fieldError === 'tooShort' ? t('vault.tooShort') : undefined}
          />
          <TextField
            label={t('vault.passphraseConfirm')}
            name="confirm"
            type="password"
            autoComplete="new-password"
            required
            error={fieldError === 'mismatch' ? t('vault.mismatch') : undefined}
          />
          {error && <Alert tone="error">{error}</Alert>}
          <Button type="submit" disabled={busy}>
            {busy ? t('vault.creating') : t('vault.create')}
          </Button>
        </form>
      </Section>
    </>
  )
}

function UnlockForm({ userId, onUnlocked }: { userId: string; onUnlocked: (withRecovery: boolean) => void }) {
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
      onUnlocked(recovery)
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
          spellCheck={false}
          required
          error={error ?? undefined}
        />
        <div className="vault-actions">
          <Button type="submit" disabled={busy}>
            {busy ? t('vault.unlocking') : t('vault.unlock')}
          </Button>
          <Button variant="link" onClick={() => setRecovery(!recovery)}>
            {recovery ? t('vault.usePassphrase') : t('vault.useRecovery')}
          </Button>
        </div>
      </form>
    </Section>
  )
}

/** A new passphrase for the open vault: required after a recovery-key unlock, offered otherwise. */
function ChangePassphrase({ recovered, onChanged }: { recovered: boolean; onChanged: () => void }) {
  const { t } = useTranslation()
  const [fieldError, setFieldError] = useState<PassphraseError | null>(null)
  const [result, setResult] = useState<'done' | 'failed' | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const { passphrase = '', confirm = '' } = formValues(form)
    const problem = checkPassphrase(passphrase, confirm)
    setFieldError(problem)
    setResult(null)
    if (problem) return
    setBusy(true)
    try {
      await changeVaultPassphrase(passphrase)
      form.reset()
      setResult('done')
      onChanged()
    } catch {
      setResult('failed')
    } finally {
      setBusy(false)
    }
  }
  return (
    <Section title={recovered ? t('vault.recoveredTitle') : t('vault.changeTitle')}>
      <p>{recovered ? t('vault.recoveredExplain') : t('vault.changeExplain')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('vault.newPassphrase')}
          hint={t('vault.passphraseHint')}
          name="passphrase"
          type="password"
          autoComplete="new-password"
          required
          error={fieldError === 'tooShort' ? t('vault.tooShort') : undefined}
        />
        <TextField
          label={t('vault.newPassphraseConfirm')}
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          error={fieldError === 'mismatch' ? t('vault.mismatch') : undefined}
        />
        {result === 'done' && <Alert tone="success">{t('vault.changed')}</Alert>}
        {result === 'failed' && <Alert tone="error">{t('vault.changeFailed')}</Alert>}
        <Button type="submit" disabled={busy}>
          {busy ? t('vault.changing') : t('vault.change')}
        </Button>
      </form>
    </Section>
  )
}

/**
 * The vault in one place: first set-up (what encryption means for the person, passphrase,
 * recovery key kept and checked), unlock (passphrase or recovery key), then lock and
 * passphrase change.
 */
export function VaultPage() {
  const { t } = useTranslation()
  const me = useMe()
  const vault = useMyVault()
  const { keys, restoring, lockReason } = useVaultState()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  const [recovered, setRecovered] = useState(false)
  if (!me.data || vault.isPending) return <Loading />
  if (restoring)
    return (
      <p className="loading" role="status" aria-live="polite">
        {t('vault.restoring')}
      </p>
    )
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
        <>
          <Section title={t('vault.unlockedTitle')}>
            <Alert tone="success">{t('vault.unlocked')}</Alert>
            <p>{t('vault.unlockedExplain')}</p>
            {keys.keyring.rolledBack && <Alert tone="error">{t('vault.rolledBack')}</Alert>}
            <div className="vault-actions">
              <Button variant="secondary" onClick={lockNow}>
                {t('vault.lock')}
              </Button>
              {next !== '/' && <Link to={next}>{t('vault.back')}</Link>}
            </div>
          </Section>
          <ChangePassphrase recovered={recovered} onChanged={() => setRecovered(false)} />
        </>
      ) : vault.data ? (
        <>
          {lockReason === 'idle' && <Alert tone="info">{t('vault.idleLocked')}</Alert>}
          <UnlockForm
            userId={userId}
            onUnlocked={(withRecovery) => {
              if (withRecovery) setRecovered(true)
              else done()
            }}
          />
        </>
      ) : (
        <SetupForm userId={userId} onCreated={setRecoveryKey} />
      )}
    </>
  )
}
