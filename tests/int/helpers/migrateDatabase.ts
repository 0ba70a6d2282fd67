import { spawn } from 'node:child_process'
import path from 'node:path'

/**
 * Applies the committed migrations to a database with `payload migrate`, in its own process, as a
 * deploy does: this test process stays free to load the config with other settings.
 */
export const migrateDatabase = (databaseUrl: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/payload'), ['migrate'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'migrate-secret' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`payload migrate failed:\n${output}`)),
    )
  })
