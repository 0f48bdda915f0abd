import { en } from './en'
import { fr } from './fr'

function leaves(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value }
  return Object.entries(value as Record<string, unknown>).reduce<Record<string, string>>(
    (acc, [key, child]) => ({ ...acc, ...leaves(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  )
}

describe('translations', () => {
  it('English has exactly the French keys, none empty', () => {
    const frLeaves = leaves(fr)
    const enLeaves = leaves(en)
    expect(Object.keys(enLeaves).sort()).toEqual(Object.keys(frLeaves).sort())
    for (const [key, text] of Object.entries({ ...frLeaves, ...enLeaves })) {
      expect(text.trim(), key).not.toBe('')
    }
  })
})
