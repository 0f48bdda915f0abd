import { useState, type ReactNode } from 'react'
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { ProblemMessages } from '@/lib/problems'
import { Button } from './Button'
import { ProblemAlert } from './ProblemAlert'

type ModalProps = {
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  title: string
  children: ReactNode
  /** alertdialog for confirmations of something irreversible. */
  role?: 'dialog' | 'alertdialog'
  /** False while an action runs, so Escape or a click outside does not hide its outcome. */
  isDismissable?: boolean
}

/**
 * A modal dialog from react-aria-components: focus moves in and is trapped, Escape
 * closes, focus returns to the button that opened it, the page behind is inert.
 */
export function ModalDialog({ isOpen, onOpenChange, title, children, role = 'dialog', isDismissable = true }: ModalProps) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable={isDismissable} isKeyboardDismissDisabled={!isDismissable}>
      <Modal className="modal">
        <AriaDialog role={role} className="modal-dialog">
          <Heading slot="title" className="modal-title">
            {title}
          </Heading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  )
}

type ConfirmProps = {
  /** The words on the button that opens the dialog. */
  triggerLabel: string
  triggerVariant?: 'primary' | 'secondary' | 'danger'
  title: string
  /** What will happen, in one or two sentences; may hold form fields (a reason). */
  children: ReactNode
  /** The action named on the button ("Me retirer du mentorat", never "OK"). */
  confirmLabel: string
  /** Runs the action; the dialog closes when it resolves and stays open with the refusal when it throws. */
  onConfirm: () => Promise<unknown>
  messages?: ProblemMessages
  disabled?: boolean
}

/** "Say what happens before it happens": a trigger button and a confirmation dialog. */
export function ConfirmDialog({ triggerLabel, triggerVariant = 'secondary', title, children, confirmLabel, onConfirm, messages, disabled }: ConfirmProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<unknown>(null)
  async function confirm() {
    setPending(true)
    setError(null)
    try {
      await onConfirm()
      setOpen(false)
    } catch (caught) {
      setError(caught)
    } finally {
      setPending(false)
    }
  }
  return (
    <>
      <Button variant={triggerVariant} disabled={disabled} onClick={() => setOpen(true)}>
        {triggerLabel}
      </Button>
      <ModalDialog
        isOpen={open}
        onOpenChange={(next) => {
          if (!pending) {
            setOpen(next)
            if (!next) setError(null)
          }
        }}
        title={title}
        role="alertdialog"
        isDismissable={!pending}
      >
        <div className="modal-body">{children}</div>
        <ProblemAlert error={error} messages={messages} />
        <div className="modal-actions">
          <Button variant={triggerVariant === 'danger' ? 'danger' : 'primary'} disabled={pending} onClick={() => void confirm()}>
            {pending ? t('dialog.working') : confirmLabel}
          </Button>
          <Button variant="secondary" disabled={pending} onClick={() => setOpen(false)} autoFocus>
            {t('dialog.cancel')}
          </Button>
        </div>
      </ModalDialog>
    </>
  )
}
