// Starts a live Constel API (uvicorn on PostgreSQL) for the browser journeys:
// fresh database, migrations, demo seed, then `constel-api serve` on a free port.
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
export const frontendDir = resolve(here, '../..')
export const repoDir = resolve(frontendDir, '..')
const cli = process.env.CONSTEL_API_CLI ?? resolve(repoDir, '.venv/bin/constel-api')

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePort(port))
    })
  })
}

function psql(sql) {
  const host = process.env.CONSTEL_E2E_PGHOST ?? '127.0.0.1'
  const user = process.env.CONSTEL_E2E_PGUSER ?? 'postgres'
  execFileSync('psql', ['-h', host, '-U', user, '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

function run(args, env) {
  execFileSync(cli, args, { cwd: repoDir, env, stdio: ['ignore', 'ignore', 'inherit'] })
}

/** The embedded server outlives the API when a child process still held it: stop it by its pid file. */
function stopEmbeddedPostgres(dataDir) {
  try {
    const pid = Number(readFileSync(resolve(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
    if (pid > 0) process.kill(pid, 'SIGTERM')
  } catch {
    // already stopped
  }
}

async function waitReady(url, child, timeoutMs = 120_000) { // a loaded CI machine can take 35 s
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`constel-api serve exited with ${child.exitCode}`)
    try {
      const response = await fetch(`${url}/readyz`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`API not ready at ${url} after ${timeoutMs} ms`)
}

/**
 * @param {{ password: string, mail?: boolean }} options demo password for every seeded
 *   account; `mail`: also a worker and an SMTP catch-all writing to `mailDir`
 * @returns {Promise<{ url: string, mailDir?: string, stop: () => Promise<void> }>}
 */
export async function startApi({ password, mail = false }) {
  if (!existsSync(resolve(frontendDir, 'dist/index.html'))) {
    throw new Error('frontend/dist is missing: run `npm run build` first (npm run test:e2e does).')
  }
  if (!existsSync(cli)) throw new Error(`${cli} not found: install the API first (make install).`)

  let databaseUrl = process.env.CONSTEL_E2E_DATABASE_URL
  let dropDatabase = null
  const database = {}
  if (!databaseUrl) {
    const name = `constel_e2e_${Date.now()}_${process.pid}`
    try {
      psql(`create database ${name}`)
      databaseUrl = `postgresql+asyncpg://postgres@127.0.0.1:5432/${name}`
      dropDatabase = () => psql(`drop database if exists ${name} with (force)`)
    } catch {
      // No server on 127.0.0.1:5432: the API starts its embedded PostgreSQL in a throwaway folder.
      const dataDir = mkdtempSync(resolve(tmpdir(), 'constel-e2e-pg-'))
      console.error(`no PostgreSQL server answers: using an embedded one in ${dataDir}`)
      database.CONSTEL_EMBEDDED_DATA_DIR = dataDir
      dropDatabase = () => {
        stopEmbeddedPostgres(dataDir)
        rmSync(dataDir, { recursive: true, force: true })
      }
    }
  }
  if (databaseUrl) database.CONSTEL_DATABASE_URL = databaseUrl

  const inherited = { ...process.env }
  delete inherited.CONSTEL_DATABASE_URL
  const env = {
    ...inherited,
    ...database,
    CONSTEL_ENVIRONMENT: 'test',
    CONSTEL_SPA_DIST_DIR: resolve(frontendDir, 'dist'),
    CONSTEL_LOG_LEVEL: process.env.CONSTEL_LOG_LEVEL ?? 'WARNING',
  }
  let child = null
  const helpers = []
  const stopHelpers = () => helpers.forEach((p) => p.exitCode === null && p.kill('SIGTERM'))
  try {
    run(['migrate'], env)
    run(['seed-demo', '--password', password], env)
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    child = spawn(cli, ['serve', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: repoDir,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    await waitReady(url, child)
    const server = child
    let mailDir
    if (mail) {
      // Started once the API answers, so that three processes do not start at once.
      mailDir = mkdtempSync(resolve(tmpdir(), 'constel-e2e-mail-'))
      const smtpPort = await freePort()
      const mailEnv = { ...env, CONSTEL_SMTP_PORT: String(smtpPort), CONSTEL_PUBLIC_URL: url }
      const options = { cwd: repoDir, env: mailEnv, stdio: ['ignore', 'inherit', 'inherit'] }
      helpers.push(spawn(cli, ['mail-sink', '--directory', mailDir, '--port', String(smtpPort)], options))
      helpers.push(spawn(cli, ['worker'], options))
    }
    return {
      url,
      mailDir,
      /** The database the API uses (null with the embedded fallback), for direct scans. */
      databaseUrl: databaseUrl ?? null,
      stop: async () => {
        stopHelpers()
        await Promise.all(helpers.map((p) => (p.exitCode === null ? new Promise((r) => p.once('exit', r)) : null)))
        if (mailDir) rmSync(mailDir, { recursive: true, force: true })
        if (server.exitCode === null) {
          const exited = new Promise((r) => server.once('exit', r))
          server.kill('SIGTERM')
          await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
          if (server.exitCode === null) server.kill('SIGKILL')
        }
        dropDatabase?.()
      },
    }
  } catch (error) {
    stopHelpers()
    child?.kill('SIGKILL')
    dropDatabase?.()
    throw error
  }
}
