import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { formValues } from '@/lib/form'

/**
 * The recovery key, shown once: in groups of four, with copy, a .txt download and print,
 * then a check that it was kept (its last group typed back) before going on.
 */
export function RecoveryKeyStep({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useTranslation()
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null)
  const [wrong, setWrong] = useState(false)
  const groups = recoveryKey.split('-')
  const last = groups[groups.length - 1] ?? ''

  async function copyKey() {
    try {
      await navigator.clipboard.writeText(recoveryKey)
      setCopy('copied')
    } catch {
      setCopy('failed')
    }
  }

  function download() {
    const blob = new Blob([t('vault.recoveryFileText', { key: recoveryKey })], { type: 'text/plain;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = 'constel-cle-de-secours.txt'
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }

  function print() {
    document.body.classList.add('printing-recovery')
    window.addEventListener('afterprint', () => document.body.classList.remove('printing-recovery'), { once: true })
    window.print()
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { check = '' } = formValues(event.currentTarget)
    const typed = check.trim().toUpperCase()
    if (typed !== last) return setWrong(true)
    setWrong(false)
    onDone()
  }

  return (
    <Section title={t('vault.recoveryTitle')}>
      <p>{t('vault.recoveryExplain')}</p>
      <div className="recovery-print">
        <p>
          <strong>{t('vault.recoveryLabel')}</strong>
        </p>
        <p className="recovery-groups" data-testid="recovery-key">
          {groups.map((g, i) => (
            <span key={i}>
              {i < groups.length - 1 ? `${g}-` : g}
            </span>
          ))}
        </p>
      </div>
      <div className="vault-actions">
        <Button variant="secondary" onClick={() => void copyKey()}>
          {t('vault.recoveryCopy')}
        </Button>
        <Button variant="secondary" onClick={download}>
          {t('vault.recoveryDownload')}
        </Button>
        <Button variant="secondary" onClick={print}>
          {t('vault.recoveryPrint')}
        </Button>
      </div>
      {copy === 'copied' && <Alert tone="success">{t('vault.recoveryCopied')}</Alert>}
      {copy === 'failed' && <Alert tone="error">{t('vault.recoveryCopyFailed')}</Alert>}
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('vault.recoveryCheckLabel')}
          hint={t('vault.recoveryCheckHint')}
          name="check"
          autoComplete="off"
          spellCheck={false}
          maxLength={4}
          required
          error={wrong ? t('vault.recoveryCheckWrong') : undefined}
        />
        <Button type="submit">{t('vault.recoveryDone')}</Button>
      </form>
    </Section>
  )
}
