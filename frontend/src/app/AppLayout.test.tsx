import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setAccessToken } from '@/api/token'
import { demoMe, json, stubFetch } from '@/test/fetch'
import { renderRoutes } from '@/test/render'
import { AppLayout } from './AppLayout'

function render() {
  return renderRoutes([{ element: <AppLayout />, children: [{ path: '*', element: null }] }], '/')
}

describe('AppLayout navigation', () => {
  beforeEach(() => setAccessToken('t'))

  it('shows governance (audit log, erasure requests) to org admins', async () => {
    stubFetch({ 'GET /api/v1/me': () => json(demoMe) })
    render()
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' })
    expect(await screen.findByRole('link', { name: 'Gouvernance' })).toHaveAttribute('href', '/governance')
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Gouvernance' }))
  })

  it('hides governance from program managers and members', async () => {
    stubFetch({ 'GET /api/v1/me': () => json({ ...demoMe, roles: ['program_manager', 'member'] }) })
    render()
    expect(await screen.findByRole('link', { name: 'Programmes' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Mes programmes' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Gouvernance' })).not.toBeInTheDocument()
  })

  it('folds the navigation behind a Menu button that says whether it is open', async () => {
    stubFetch({ 'GET /api/v1/me': () => json({ ...demoMe, roles: ['member'] }) })
    render()
    const toggle = screen.getByRole('button', { name: 'Menu' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveAttribute('aria-controls', 'main-nav')
    await userEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(document.getElementById('main-nav')).toHaveClass('open')
    await userEvent.click(await screen.findByRole('link', { name: 'Mes mentorats' }))
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
  })
})
