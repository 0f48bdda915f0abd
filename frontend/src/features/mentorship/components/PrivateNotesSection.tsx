import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ConfirmDialog } from '@/components/Dialog'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import { formValues } from '@/lib/form'
import type { OpenedRecord } from '@/lib/vault-session'
import { useDeletePrivateNote, usePrivateNotes, useWritePrivateNote } from '../api/private-notes'
import { mentorshipProblems } from '../problems'

function NoteForm({ mentorshipId, previous, onDone }: { mentorshipId: string; previous?: OpenedRecord; onDone: () => void }) {
  const { t } = useTranslation()
  const write = useWritePrivateNote(mentorshipId)
  const id = useId()
  const [formKey, setFormKey] = useState(0)
  return (
    <form
      key={formKey}
      className="subform"
      aria-label={previous ? t('mentorship.notes.edit') : t('mentorship.notes.add')}
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault()
        const { body = '' } = formValues(e.currentTarget)
        if (!body.trim()) return
        write.mutate(
          { body, previous },
          {
            onSuccess: () => {
              if (!previous) setFormKey((k) => k + 1)
              onDone()
            },
          },
        )
      }}
    >
      <div className="field">
        <label htmlFor={id}>{previous ? t('mentorship.notes.editLabel') : t('mentorship.notes.label')}</label>
        <textarea id={id} name="body" rows={4} required defaultValue={previous?.fields.body} />
      </div>
      <ProblemAlert error={write.error} messages={mentorshipProblems} />
      <div className="actions">
        <Button type="submit" disabled={write.isPending}>
          {write.isPending ? t('mentorship.encrypting') : previous ? t('mentorship.notes.save') : t('mentorship.notes.add')}
        </Button>
        {previous && (
          <Button variant="secondary" onClick={onDone}>
            {t('dialog.cancel')}
          </Button>
        )}
      </div>
    </form>
  )
}

function Note({ mentorshipId, note }: { mentorshipId: string; note: OpenedRecord }) {
  const { t } = useTranslation()
  const format = useFormat()
  const remove = useDeletePrivateNote(mentorshipId)
  const [editing, setEditing] = useState(false)
  return (
    <li data-testid="private-note">
      {editing ? (
        <NoteForm mentorshipId={mentorshipId} previous={note} onDone={() => setEditing(false)} />
      ) : (
        <>
          <p className="muted">{t('mentorship.notes.written', { date: format.dateTime(note.createdAt) })}</p>
          <p className="prewrap">{note.fields.body}</p>
          <div className="actions">
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('mentorship.notes.edit')}
            </Button>
            <ConfirmDialog
              triggerLabel={t('mentorship.notes.delete')}
              title={t('mentorship.notes.deleteTitle')}
              confirmLabel={t('mentorship.notes.deleteConfirm')}
              triggerVariant="danger"
              messages={mentorshipProblems}
              onConfirm={() => remove.mutateAsync(note.recordId)}
            >
              <p>{t('mentorship.notes.deleteExplain')}</p>
            </ConfirmDialog>
          </div>
        </>
      )}
    </li>
  )
}

/** Notes only their author can read: not the partner, not the organisation. */
export function PrivateNotesSection({ mentorshipId, unlocked, canWrite }: { mentorshipId: string; unlocked: boolean; canWrite: boolean }) {
  const { t } = useTranslation()
  const notes = usePrivateNotes(mentorshipId, unlocked)
  const [saved, setSaved] = useState(false)
  if (!unlocked) return null
  return (
    <Section title={t('mentorship.notes.title')}>
      <p className="field-hint">{t('mentorship.notes.privacy')}</p>
      <ProblemAlert error={notes.error} messages={mentorshipProblems} />
      {notes.data && notes.data.length === 0 && <p className="empty-state">{t('mentorship.notes.empty')}</p>}
      <ul className="note-list">
        {notes.data?.map((note) => (
          <Note key={note.recordId} mentorshipId={mentorshipId} note={note} />
        ))}
      </ul>
      {canWrite && <NoteForm mentorshipId={mentorshipId} onDone={() => setSaved(true)} />}
      {saved && <Alert tone="success">{t('mentorship.notes.saved')}</Alert>}
    </Section>
  )
}
