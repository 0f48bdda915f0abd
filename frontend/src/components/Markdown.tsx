import ReactMarkdown, { type Components } from 'react-markdown'

type Level = 2 | 3 | 4 | 5 | 6

/** The text's own headings sit under the page's (a "# Titre" becomes an h3 under the section's h2). */
function headings(base: Level): Components {
  const at = (n: number) => `h${Math.min(6, base + n)}` as 'h2'
  const make = (n: number): Components['h1'] =>
    function Heading({ children }) {
      const Tag = at(n)
      return <Tag>{children}</Tag>
    }
  return { h1: make(0), h2: make(1), h3: make(2), h4: make(3), h5: make(4), h6: make(4) }
}

/** Links open in a new tab and never carry the referrer. */
const link: Components['a'] = ({ href, children }) => (
  <a href={href} target="_blank" rel="noopener noreferrer">
    {children}
  </a>
)

/**
 * Markdown written by an administrator (a charter) or a participant, rendered as
 * formatted text: raw HTML is dropped (`skipHtml`), and react-markdown's URL filter
 * keeps only http(s), mailto and relative links, so no script can ride in.
 */
export function Markdown({ children, className = 'markdown', headingLevel = 3 }: { children: string; className?: string; headingLevel?: Level }) {
  return (
    <div className={className}>
      <ReactMarkdown skipHtml components={{ ...headings(headingLevel), a: link }}>
        {children}
      </ReactMarkdown>
    </div>
  )
}
