#!/usr/bin/env node
// Fails when the entry chunk of the built SPA passes 500 kB (what every visitor downloads
// before the first screen); prints every chunk over 100 kB so a regression is visible.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const LIMIT = 500 * 1000
const dist = new URL('../dist/', import.meta.url).pathname
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const entry = /<script[^>]+src="\/([^"]+\.js)"/.exec(html)?.[1]
if (!entry) throw new Error('no entry script in dist/index.html: run npm run build first')
const size = statSync(join(dist, entry)).size
console.log(`entry chunk ${entry}: ${(size / 1000).toFixed(1)} kB (limit ${LIMIT / 1000} kB)`)
if (size > LIMIT) {
  console.error('the entry chunk is over the limit: lazy-load the screen or library that grew it')
  process.exit(1)
}
