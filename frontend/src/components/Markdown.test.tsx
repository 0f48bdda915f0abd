import { render, screen } from '@testing-library/react'
import { Markdown } from './Markdown'

describe('Markdown', () => {
  it('renders headings under the page’s, lists and emphasis as formatted text', () => {
    render(<Markdown>{'# Charte\n\n## Engagements\n\n- **Confidentialité**\n- Respect'}</Markdown>)
    expect(screen.getByRole('heading', { level: 3, name: 'Charte' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 4, name: 'Engagements' })).toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
    expect(screen.getByText('Confidentialité').tagName).toBe('STRONG')
  })

  it('drops raw HTML and script links', () => {
    const { container } = render(
      <Markdown>{'Avant <script>alert(1)</script><img src=x onerror=alert(2)> après\n\n[piège](javascript:alert(3)) [site](https://example.org)'}</Markdown>,
    )
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
    expect(container.innerHTML).not.toContain('javascript:')
    expect(screen.getByRole('link', { name: 'site' })).toHaveAttribute('rel', 'noopener noreferrer')
  })
})
