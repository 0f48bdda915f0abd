import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ConfirmDialog } from '@/components/Dialog'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { useFormat } from '@/hooks/useFormat'
import type { ProblemMessages } from '@/lib/problems'
import { useCalendarFeed, useRenewCalendarFeed, useRevokeCalendarFeed } from '../api/calendar-feed'

const problems: ProblemMessages = { calendar_feed_not_found: 'account.calendar.notFound' }

/**
 * My séances in my own calendar app: a secret subscription link, shown once when made;
 * renewing it stops the previous one, revoking stops it altogether.
 */
export function CalendarSection() {
  const { t } = useTranslation()
  const format = useFormat()
  const feed = useCalendarFeed()
  const renew = useRenewCalendarFeed()
  const revoke = useRevokeCalendarFeed()
  const [copied, setCopied] = useState(false)
  const [revoked, setRevoked] = useState(false)
  const url = renew.data?.url ?? null
  const active = feed.data?.active ?? false

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }

  return (
    <div id="calendar">
      <Section title={t('account.calendar.title')}>
        <p>{t('account.calendar.intro')}</p>
        <p className="field-hint">{t('account.calendar.privacy')}</p>
        <ProblemAlert error={feed.error} messages={problems} />
        {url ? (
          <>
            <Alert tone="success">{t('account.calendar.created')}</Alert>
            <TextField label={t('account.calendar.link')} hint={t('account.calendar.linkHint')} readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="calendar-url" />
            <p className="actions">
              <Button onClick={() => void copy(url)}>{t('account.calendar.copy')}</Button>
            </p>
            <p aria-live="polite">{copied ? t('account.calendar.copied') : ''}</p>
          </>
        ) : active && feed.data ? (
          <p>
            {t('account.calendar.active', { date: feed.data.created_at ? format.date(feed.data.created_at) : '' })}{' '}
            {feed.data.last_fetched_at ? t('account.calendar.lastFetched', { date: format.dateTime(feed.data.last_fetched_at) }) : t('account.calendar.neverFetched')}
          </p>
        ) : (
          feed.data && <p className="empty-state">{revoked ? t('account.calendar.revoked') : t('account.calendar.none')}</p>
        )}
        {feed.data && (
          <div className="actions">
            {active ? (
              <ConfirmDialog
                triggerLabel={t('account.calendar.renew')}
                title={t('account.calendar.renewTitle')}
                confirmLabel={t('account.calendar.renewConfirm')}
                messages={problems}
                onConfirm={async () => {
                  setCopied(false)
                  setRevoked(false)
                  await renew.mutateAsync()
                }}
              >
                <p>{t('account.calendar.renewExplain')}</p>
              </ConfirmDialog>
            ) : (
              <Button disabled={renew.isPending} onClick={() => { setRevoked(false); renew.mutate() }}>
                {t('account.calendar.create')}
              </Button>
            )}
            {active && (
              <ConfirmDialog
                triggerLabel={t('account.calendar.revoke')}
                triggerVariant="danger"
                title={t('account.calendar.revokeTitle')}
                confirmLabel={t('account.calendar.revokeConfirm')}
                messages={problems}
                onConfirm={async () => {
                  await revoke.mutateAsync()
                  renew.reset()
                  setRevoked(true)
                }}
              >
                <p>{t('account.calendar.revokeExplain')}</p>
              </ConfirmDialog>
            )}
          </div>
        )}
        <ProblemAlert error={renew.error} messages={problems} />
      </Section>
    </div>
  )
}
