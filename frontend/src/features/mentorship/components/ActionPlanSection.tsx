import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/components/Button'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { TextField } from '@/components/TextField'
import { useFormat } from '@/hooks/useFormat'
import { formValues } from '@/lib/form'
import { useActionItems, useCreateActionItem, useToggleActionItem, type PairSide } from '../api/action-items'
import { mentorshipProblems } from '../problems'

/** Today as YYYY-MM-DD where the reader is, to tell an overdue item. */
function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** The action plan: who does what by when, ticked off by either member. */
export function ActionPlanSection({ mentorshipId, unlocked, canWrite, mySide }: { mentorshipId: string; unlocked: boolean; canWrite: boolean; mySide: PairSide }) {
  const { t } = useTranslation()
  const format = useFormat()
  const items = useActionItems(mentorshipId, unlocked)
  const create = useCreateActionItem(mentorshipId)
  const toggle = useToggleActionItem(mentorshipId)
  const ownerId = useId()
  const [formKey, setFormKey] = useState(0)
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { title = '', owner = mySide, due_on: due = '' } = formValues(event.currentTarget)
    if (!title.trim()) return
    create.mutate({ title: title.trim(), owner: owner as PairSide, due_on: due || null }, { onSuccess: () => setFormKey((k) => k + 1) })
  }
  const now = today()
  return (
    <Section title={t('mentorship.actions.title')}>
      <ProblemAlert error={items.error} messages={mentorshipProblems} />
      {items.data && items.data.length === 0 && <p className="empty-state">{t('mentorship.actions.empty')}</p>}
      <ul className="action-items">
        {items.data?.map(({ item, wording }) => {
          const overdue = item.status === 'open' && item.due_on !== null && item.due_on < now
          const title = unlocked ? (wording?.fields.title ?? t('mentorship.noWording')) : t('mentorship.locked')
          return (
            <li key={item.id} data-testid="action-item" className={item.status === 'done' ? 'done' : undefined}>
              {canWrite ? (
                <label className="check">
                  <input type="checkbox" checked={item.status === 'done'} disabled={toggle.isPending} onChange={() => toggle.mutate(item)} />{' '}
                  <span>{title}</span>
                </label>
              ) : (
                <span>{title}</span>
              )}
              <span className="muted">
                {' · '}
                {item.owner === mySide ? t('mentorship.actions.ownerMe') : t(`mentorship.actions.owner.${item.owner}`)}
                {item.due_on && <> · {t('mentorship.actions.due', { date: format.date(item.due_on) })}</>}
              </span>{' '}
              {item.status === 'done' ? (
                <span className="badge badge-success">{t('mentorship.actions.done')}</span>
              ) : overdue ? (
                <span className="badge badge-error">{t('mentorship.actions.overdue')}</span>
              ) : null}
            </li>
          )
        })}
      </ul>
      <ProblemAlert error={toggle.error} messages={mentorshipProblems} onReload={() => void items.refetch()} />
      {canWrite && unlocked && (
        <form key={formKey} onSubmit={submit} className="subform">
          <TextField label={t('mentorship.actions.what')} name="title" required maxLength={500} />
          <div className="field">
            <label htmlFor={ownerId}>{t('mentorship.actions.who')}</label>
            <select id={ownerId} name="owner" defaultValue={mySide}>
              <option value="mentor">{t('mentorship.actions.owner.mentor')}</option>
              <option value="mentee">{t('mentorship.actions.owner.mentee')}</option>
            </select>
          </div>
          <TextField label={t('mentorship.actions.when')} name="due_on" type="date" />
          <ProblemAlert error={create.error} messages={mentorshipProblems} />
          <Button type="submit" disabled={create.isPending}>
            {t('mentorship.actions.add')}
          </Button>
        </form>
      )}
    </Section>
  )
}
