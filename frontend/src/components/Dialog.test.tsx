import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ProblemError } from '@/api/problem'
import { setAccessToken } from '@/api/token'
import { demoMe, json, stubFetch } from '@/test/fetch'
import { renderWithProviders } from '@/test/render'
import { ConfirmDialog } from './Dialog'

function renderConfirm(onConfirm: () => Promise<unknown>) {
  return renderWithProviders(
    <ConfirmDialog triggerLabel="Annuler la séance" title="Annuler la séance du jeudi 3 décembre ?" confirmLabel="Oui, annuler la séance" onConfirm={onConfirm}>
      <p>Votre binôme sera prévenu.</p>
    </ConfirmDialog>,
  )
}

describe('ConfirmDialog', () => {
  beforeEach(() => {
    setAccessToken('t')
    stubFetch({ 'GET /api/v1/me': () => json(demoMe) })
  })

  it('says the consequence and names the action; Escape closes and focus returns to the trigger', async () => {
    const onConfirm = vi.fn(async () => undefined)
    renderConfirm(onConfirm)
    const trigger = screen.getByRole('button', { name: 'Annuler la séance' })
    await userEvent.click(trigger)
    const dialog = screen.getByRole('alertdialog', { name: 'Annuler la séance du jeudi 3 décembre ?' })
    expect(dialog).toHaveTextContent('Votre binôme sera prévenu.')
    expect(screen.getByRole('button', { name: 'Oui, annuler la séance' })).toBeInTheDocument()
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
    await userEvent.keyboard('{Escape}')
    // react-aria closes and restores focus after the exit frame: wait for it rather than race it.
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(onConfirm).not.toHaveBeenCalled()
    await waitFor(() => expect(trigger).toHaveFocus())
  })

  it('keeps focus inside while tabbing', async () => {
    renderConfirm(async () => undefined)
    await userEvent.click(screen.getByRole('button', { name: 'Annuler la séance' }))
    const dialog = screen.getByRole('alertdialog')
    for (let i = 0; i < 4; i += 1) {
      await userEvent.tab()
      expect(dialog).toContainElement(document.activeElement as HTMLElement)
    }
  })

  it('runs the action and closes on success', async () => {
    const onConfirm = vi.fn(async () => undefined)
    renderConfirm(onConfirm)
    await userEvent.click(screen.getByRole('button', { name: 'Annuler la séance' }))
    await userEvent.click(screen.getByRole('button', { name: 'Oui, annuler la séance' }))
    expect(onConfirm).toHaveBeenCalledOnce()
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
  })

  it('stays open with the refusal in words when the action fails', async () => {
    renderConfirm(async () => {
      throw new ProblemError({ title: 'Conflict', status: 409, code: 'stale_version', detail: 'Version mismatch.' })
    })
    await userEvent.click(screen.getByRole('button', { name: 'Annuler la séance' }))
    await userEvent.click(screen.getByRole('button', { name: 'Oui, annuler la séance' }))
    const dialog = screen.getByRole('alertdialog')
    expect(dialog).toHaveTextContent('modifié entre-temps')
    expect(dialog).not.toHaveTextContent('Version mismatch.')
  })
})
