import pg from 'pg'

import { StartupError } from './startupError'

const describeTarget = (url: string): string => {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}:${parsed.port || '5432'}/${parsed.pathname.replace(/^\//, '')}`
  } catch {
    throw new StartupError(
      'DATABASE_URL is not a valid URL; use postgres://USER:PASSWORD@HOST:PORT/DATABASE, or unset it to use the embedded PostgreSQL.',
    )
  }
}

/** Connects once to DATABASE_URL so a wrong one fails with a sentence, not a pool stack trace. */
export const checkDatabaseUrl = async (url: string): Promise<void> => {
  const target = describeTarget(url)
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.query('select 1')
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error)
    throw new StartupError(
      `Cannot reach the database at DATABASE_URL (${target}): ${reason}. Start that PostgreSQL server or fix DATABASE_URL, or unset DATABASE_URL to use the embedded one.`,
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}
