import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

// Vitest runs from frontend/ (jsdom gives import.meta.url an http scheme).
const src = resolve(process.cwd(), 'src')
const featuresDir = join(src, 'features')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

describe('architecture', () => {
  it('features never import each other nor the app shell', () => {
    const offenders: string[] = []
    for (const feature of readdirSync(featuresDir)) {
      for (const file of files(join(featuresDir, feature))) {
        const imports = [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '')
        for (const spec of imports) {
          const other = /(?:@\/|\.\.\/)+features\/([^/]+)/.exec(spec)?.[1]
          if ((other && other !== feature) || spec.startsWith('@/app')) {
            offenders.push(`${relative(src, file)} imports ${spec}`)
          }
        }
      }
    }
    expect(offenders).toEqual([])
  })

  it('user-facing text goes through i18n: no bare text between JSX tags', () => {
    const offenders = files(src)
      .filter((f) => f.endsWith('.tsx') && !f.endsWith('.test.tsx') && !f.includes('/test/'))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/(?<![=/-])>\s*([A-Za-zÀ-ÿ][^<>{}()=;'`]*)</g)].map(
          (m) => `${relative(src, file)}: "${m[1]?.trim()}"`,
        ),
      )
    expect(offenders).toEqual([])
  })
})
