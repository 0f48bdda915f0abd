import type { ReactNode } from 'react'

type Props = { tone?: 'error' | 'success' | 'info'; children: ReactNode }

/** Errors interrupt (role=alert); confirmations are announced politely (role=status). */
export function Alert({ tone = 'info', children }: Props) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  )
}
