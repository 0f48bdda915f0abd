import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Button } from '@/components/Button'
import { useMarkAllRead, useMarkRead, useNotifications, type NotificationItem } from '../api/notifications'
import { fr } from '../messages'
import '../notifications.css'

type Kind = keyof typeof fr.kinds

const NAMES = ['program', 'other', 'mentor', 'mentee', 'weeks', 'count', 'version'] as const
type Values = Record<(typeof NAMES)[number] | 'date' | 'time' | 'deadline', string>

/** Names, counts and dates of the notification, the dates in the reader's language. */
function values(item: NotificationItem, locale: string): Values {
  const out: Values = { program: '', other: '', mentor: '', mentee: '', weeks: '', count: '', version: '', date: '', time: '', deadline: '' }
  for (const key of NAMES) if (item.params[key] !== undefined) out[key] = String(item.params[key])
  const day = (iso: string) => new Date(iso).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' })
  const hour = (iso: string) => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
  if (typeof item.params.starts_at === 'string') {
    out.date = day(item.params.starts_at)
    out.time = hour(item.params.starts_at)
  }
  if (typeof item.params.deadline_at === 'string') out.deadline = day(item.params.deadline_at)
  if (typeof item.params.on === 'string') out.date = day(item.params.on)
  return out
}

/** The header's bell: unread count, and the latest notifications in a panel. */
export function NotificationBell() {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const panelRef = useRef<HTMLDivElement>(null)
  const list = useNotifications(true)
  const markRead = useMarkRead()
  const markAll = useMarkAllRead()
  const unread = list.data?.unread_count ?? 0

  useEffect(() => {
    if (!open) return
    panelRef.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [open])

  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')
  return (
    <div className="notification-bell">
      <button
        type="button"
        className="bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={() => setOpen((v) => !v)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
          />
        </svg>
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} ref={panelRef} tabIndex={-1} className="bell-panel" role="region" aria-label={t('notifications.title')}>
          <div className="bell-panel-head">
            <h2>{t('notifications.title')}</h2>
            {unread > 0 && (
              <Button variant="secondary" onClick={() => markAll.mutate()} disabled={markAll.isPending}>
                {t('notifications.markAll')}
              </Button>
            )}
          </div>
          {list.isError && <p>{t('notifications.error')}</p>}
          {list.data && list.data.items.length === 0 && <p>{t('notifications.empty')}</p>}
          {list.data && list.data.items.length > 0 && (
            <ul className="bell-list">
              {list.data.items.map((item) => {
                const kind = (item.kind in fr.kinds ? item.kind : 'other') as Kind
                return (
                  <li key={item.id} className={item.read_at ? 'read' : 'unread'}>
                    <Link
                      to={item.link}
                      onClick={() => {
                        if (!item.read_at) markRead.mutate(item.id)
                        setOpen(false)
                      }}
                    >
                      {!item.read_at && <span className="visually-hidden">{t('notifications.unread')} : </span>}
                      {t(`notifications.kinds.${kind}` as 'notifications.kinds.session_scheduled', values(item, i18n.language))}
                    </Link>
                    <time dateTime={item.created_at}>
                      {new Date(item.created_at).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
                    </time>
                  </li>
                )
              })}
            </ul>
          )}
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('notifications.close')}
          </Button>
        </div>
      )}
    </div>
  )
}
