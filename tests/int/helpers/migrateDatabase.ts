import { spawn } from 'node:child_process'
import path from 'node:path'

import { migrations } from '../../../src/migrations'
import { withServerClient } from './withServerClient'

/** `payload migrate` once, in its own process: its exit code and everything it printed. */
const runPayloadMigrate = (databaseUrl: string): Promise<{ code: null | number; output: string }> =>
  new Promise((resolve) => {
    const child = spawn(path.resolve('node_modules/.bin/payload'), ['migrate'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'migrate-secret' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => resolve({ code, output }))
  })

/** How many of the committed migrations the database records as applied. */
const countAppliedMigrations = (databaseUrl: string): Promise<number> =>
  withServerClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ count: string }>(
      `select count(*) from information_schema.tables where table_name = 'payload_migrations'`,
    )
    if (Number(rows[0]?.count) === 0) return 0
    const applied = await client.query<{ count: string }>(
      'select count(distinct name) from payload_migrations where name = any($1)',
      [migrations.map(({ name }) => name)],
    )
    return Number(applied.rows[0]?.count)
  })

/**
 * Applies the committed migrations to a database with `payload migrate`, in its own process, as a
 * deploy does: this test process stays free to load the config with other settings. A run that
 * exits 0 without applying them all (seen once on a loaded machine) is reported and run again.
 */
export const migrateDatabase = async (databaseUrl: string): Promise<void> => {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const { code, output } = await runPayloadMigrate(databaseUrl)
    if (code !== 0) throw new Error(`payload migrate failed:\n${output}`)
    const applied = await countAppliedMigrations(databaseUrl)
    if (applied === migrations.length) return
    console.error(
      `payload migrate exited 0 with ${applied} of ${migrations.length} migrations applied (attempt ${attempt}):\n${output}`,
    )
  }
  throw new Error('payload migrate did not apply every migration')
}
