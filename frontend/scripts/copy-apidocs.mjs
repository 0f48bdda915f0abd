#!/usr/bin/env node
// Copies Swagger UI's assets (npm swagger-ui-dist) into dist/apidocs/, where the API serves
// /api/docs from: the documentation works offline and under the app's CSP.
import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const source = dirname(require.resolve('swagger-ui-dist/package.json'))
const target = new URL('../dist/apidocs/', import.meta.url).pathname
mkdirSync(target, { recursive: true })
for (const name of ['swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE']) {
  copyFileSync(join(source, name), join(target, name))
}
console.log(`Swagger UI ${require('swagger-ui-dist/package.json').version} copied to dist/apidocs/`)
