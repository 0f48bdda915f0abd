#!/usr/bin/env node
// Generates src/api/generated/schema.d.ts from the committed OpenAPI document.
// With --check, fails (exit 1) when the committed file differs from a fresh generation,
// so a stale client never ships.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const input = resolve(root, process.env.CONSTEL_OPENAPI ?? '../openapi/openapi.json')
const output = resolve(root, 'src/api/generated/schema.d.ts')
const header =
  '/**\n * Generated from openapi/openapi.json by `npm run gen:api`. Do not edit by hand.\n */\n\n'

const ast = await openapiTS(pathToFileURL(input), { alphabetize: true })
const fresh = header + astToString(ast)

if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = await readFile(output, 'utf8')
  } catch {
    // missing file counts as stale
  }
  if (current !== fresh) {
    console.error(`${output} is stale: run \`npm run gen:api\` and commit the result.`)
    process.exit(1)
  }
  console.log('API client is up to date with openapi/openapi.json')
} else {
  await mkdir(dirname(output), { recursive: true })
  await writeFile(output, fresh)
  console.log(`wrote ${output}`)
}
