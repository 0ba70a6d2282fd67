import nextEnv from '@next/env'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { getPayload } from 'payload'

import { prepareDatabase } from '../../seed/prepareDatabase'
import { isPortInUse } from '../db/findFreePort'
import { resolveDatabase } from '../db/resolveDatabase'
import { StartupError } from '../db/startupError'
import { ensurePayloadSecret } from './ensurePayloadSecret'
import { printStartupError } from './printStartupError'

type LaunchMode = 'dev' | 'start'

const binDir = path.dirname(fileURLToPath(import.meta.url))
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
/** `npm start`'s web server: Next behind a cache fast path (serveNext.ts). */
const productionServer = path.join(binDir, 'serveNext.ts')

const peerAddressPreload = pathToFileURL(path.join(binDir, 'recordPeerAddress.mjs')).href

/** `next dev`'s process (and its workers) record each connection's address for the rate limiter. */
const withPeerAddressPreload = (nodeOptions: string | undefined): string =>
  [nodeOptions, `--import=${peerAddressPreload}`].filter(Boolean).join(' ')

const readPort = (): number => {
  const port = Number.parseInt(process.env.PORT ?? '3000', 10)
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new StartupError(`PORT=${process.env.PORT} is not a port number; use 1–65535.`)
  }
  return port
}

const printAdminCredentials = (email: string, password: string): void => {
  console.log(`\n  首个管理员账号 / First administrator: ${email}`)
  console.log(`  密码 / Password (shown once, change it after logging in): ${password}\n`)
}

/** Runs migrations and the first-run seed in this process, then lets Next serve. */
const prepare = async (): Promise<void> => {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    const { admin, bulletinsImported, officesCreated } = await prepareDatabase(payload)
    if (officesCreated > 0) payload.logger.info(`Seeded ${officesCreated} street offices.`)
    if (bulletinsImported > 0)
      payload.logger.info(`Imported ${bulletinsImported} seed bulletins as draft issues.`)
    if (admin?.isPasswordGenerated) printAdminCredentials(admin.email, admin.password)
  } finally {
    await payload.destroy()
    // Payload's destroy leaves the adapter's pool open; when the embedded database stops, its
    // idle connections' errors would be unhandled and end this process before the database is.
    ;(payload.db as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool?.on(
      'error',
      () => undefined,
    )
  }
}

/**
 * Starts the CMS: the database (DATABASE_URL, or an embedded PostgreSQL under .data/), pending
 * migrations and seed data, then `next dev` or the production server (serveNext.ts), stopping the database on exit.
 */
export const launchNext = async (mode: LaunchMode): Promise<void> => {
  const projectDir = process.cwd()
  nextEnv.loadEnvConfig(projectDir, mode === 'dev')
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  let stopDatabase = (): Promise<void> => Promise.resolve()
  try {
    const port = readPort()
    if (await isPortInUse(port)) {
      throw new StartupError(
        `Port ${port} is already in use; stop the program using it or start with another port, e.g. PORT=${port + 1} npm run ${mode}.`,
      )
    }
    await ensurePayloadSecret()
    console.log(
      process.env.DATABASE_URL
        ? '… connecting to DATABASE_URL'
        : '… starting the embedded PostgreSQL',
    )
    const database = await resolveDatabase()
    stopDatabase = database.stop
    process.env.DATABASE_URL = database.url
    console.log('… applying migrations and seed data')
    await prepare()
    console.log(`… starting Next (${mode})`)

    const child =
      mode === 'dev'
        ? spawn(process.execPath, [nextBin, 'dev', '--port', String(port)], {
            env: { ...process.env, NODE_OPTIONS: withPeerAddressPreload(process.env.NODE_OPTIONS) },
            stdio: 'inherit',
          })
        : spawn(process.execPath, ['--import', 'tsx', productionServer], {
            env: { ...process.env, PORT: String(port) },
            stdio: 'inherit',
          })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    const exitCode = await new Promise<number>((resolve) =>
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1))),
    )
    await stopDatabase()
    process.exit(exitCode)
  } catch (error) {
    printStartupError(error)
    await stopDatabase().catch(() => undefined)
    process.exit(1)
  }
}
