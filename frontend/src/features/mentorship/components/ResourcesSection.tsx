import { useId, useRef, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '@/components/Alert'
import { Button } from '@/components/Button'
import { ConfirmDialog } from '@/components/Dialog'
import { ProblemAlert } from '@/components/ProblemAlert'
import { Section } from '@/components/Section'
import { useFormat } from '@/hooks/useFormat'
import { downloadResource, useDeleteResource, useResources, useUploadResource, type Resource } from '../api/resources'
import { mentorshipProblems } from '../problems'

/** "2,4 Mo", "830 ko" as French readers write sizes. */
function useSize() {
  const { t } = useTranslation()
  const format = useFormat()
  return (bytes: number) => {
    if (bytes >= 1024 * 1024) return t('mentorship.resources.mb', { size: format.number(Math.round((bytes / 1024 / 1024) * 10) / 10) })
    if (bytes >= 1024) return t('mentorship.resources.kb', { size: format.number(Math.round(bytes / 1024)) })
    return t('mentorship.resources.bytes', { size: format.number(bytes) })
  }
}

function Progress({ label, value }: { label: string; value: number }) {
  const id = useId()
  const percent = Math.round(value * 100)
  return (
    <div className="field" data-testid="upload-progress">
      <label htmlFor={id}>
        {label} — {percent} %
      </label>
      <progress id={id} max={100} value={percent}>
        {percent} %
      </progress>
    </div>
  )
}

function ResourceItem({ mentorshipId, resource, myId, canWrite }: { mentorshipId: string; resource: Resource; myId: string | null; canWrite: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const size = useSize()
  const remove = useDeleteResource(mentorshipId)
  const [progress, setProgress] = useState<number | null>(null)
  const [error, setError] = useState<unknown>(null)
  async function download() {
    setError(null)
    setProgress(0)
    try {
      const blob = await downloadResource(resource, setProgress)
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = resource.name || 'document'
      document.body.appendChild(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
    } catch (caught) {
      setError(caught)
    } finally {
      setProgress(null)
    }
  }
  return (
    <li data-testid="resource">
      <span className="resource-name">{resource.name}</span>
      <span className="muted">
        {size(resource.size)} · {t('mentorship.resources.added', { date: format.shortDate(resource.createdAt) })}
      </span>
      <span className="actions">
        <Button variant="secondary" disabled={progress !== null} onClick={() => void download()} aria-label={t('mentorship.resources.downloadNamed', { name: resource.name })}>
          {t('mentorship.resources.download')}
        </Button>
        {canWrite && resource.authorId === myId && (
          <ConfirmDialog
            triggerLabel={t('mentorship.resources.delete')}
            triggerVariant="danger"
            title={t('mentorship.resources.deleteTitle', { name: resource.name })}
            confirmLabel={t('mentorship.resources.deleteConfirm')}
            messages={mentorshipProblems}
            onConfirm={() => remove.mutateAsync(resource)}
          >
            <p>{t('mentorship.resources.deleteExplain')}</p>
          </ConfirmDialog>
        )}
      </span>
      {progress !== null && <Progress label={t('mentorship.resources.decrypting', { name: resource.name })} value={progress} />}
      {error !== null && (
        <div style={{ flexBasis: '100%' }}>
          {error instanceof Error && error.name === 'VerificationError' ? (
            <Alert tone="error">{t('mentorship.resources.tampered')}</Alert>
          ) : (
            <ProblemAlert error={error} messages={mentorshipProblems} />
          )}
        </div>
      )}
    </li>
  )
}

/** Documents shared by the pair: encrypted here before leaving the browser, decrypted on download. */
export function ResourcesSection({ mentorshipId, unlocked, myId, canWrite }: { mentorshipId: string; unlocked: boolean; myId: string | null; canWrite: boolean }) {
  const { t } = useTranslation()
  const size = useSize()
  const resources = useResources(mentorshipId, unlocked)
  const upload = useUploadResource(mentorshipId)
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const [over, setOver] = useState(false)
  const [current, setCurrent] = useState<{ name: string; size: number; done: number } | null>(null)
  const [uploaded, setUploaded] = useState<string | null>(null)
  if (!unlocked) return null

  function send(file: File | undefined) {
    if (!file || upload.isPending) return
    setUploaded(null)
    setCurrent({ name: file.name, size: file.size, done: 0 })
    upload.mutate(
      { file, onProgress: (done) => setCurrent({ name: file.name, size: file.size, done }) },
      {
        onSuccess: () => setUploaded(file.name),
        onSettled: () => {
          setCurrent(null)
          if (input.current) input.current.value = ''
        },
      },
    )
  }
  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    setOver(false)
    send(event.dataTransfer.files[0])
  }

  return (
    <Section title={t('mentorship.resources.title')}>
      <p className="field-hint">{t('mentorship.resources.privacy')}</p>
      <ProblemAlert error={resources.error} messages={mentorshipProblems} />
      {resources.data && resources.data.length === 0 && <p className="empty-state">{t('mentorship.resources.empty')}</p>}
      {resources.data && resources.data.length > 0 && (
        <ul className="resource-list">
          {resources.data.map((r) => (
            <ResourceItem key={r.docId} mentorshipId={mentorshipId} resource={r} myId={myId} canWrite={canWrite} />
          ))}
        </ul>
      )}
      {canWrite && (
        <div
          className={`dropzone ${over ? 'dropzone-active' : ''}`}
          data-testid="dropzone"
          onDragOver={(e) => {
            e.preventDefault()
            setOver(true)
          }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
        >
          <p>{t('mentorship.resources.drop')}</p>
          <label htmlFor={inputId} className="btn btn-secondary">
            {t('mentorship.resources.choose')}
          </label>
          <input
            ref={input}
            id={inputId}
            type="file"
            className="visually-hidden"
            disabled={upload.isPending}
            onChange={(e) => send(e.currentTarget.files?.[0])}
          />
          <p className="field-hint">{t('mentorship.resources.limit')}</p>
        </div>
      )}
      {current && (
        <div aria-live="polite">
          <Progress label={t('mentorship.resources.uploading', { name: current.name, size: size(current.size) })} value={current.size ? current.done / current.size : 1} />
        </div>
      )}
      <ProblemAlert error={upload.error} messages={mentorshipProblems} />
      {uploaded && <Alert tone="success">{t('mentorship.resources.uploaded', { name: uploaded })}</Alert>}
    </Section>
  )
}
