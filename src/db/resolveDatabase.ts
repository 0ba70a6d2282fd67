import path from 'node:path'

import { checkDatabaseUrl } from './checkDatabaseUrl'
import type { RunningDatabase } from './startEmbeddedPostgres'
import { startEmbeddedPostgres } from './startEmbeddedPostgres'

/** Where the embedded cluster lives unless EMBEDDED_POSTGRES_DIR says otherwise. */
export const defaultEmbeddedDataDir = (): string =>
  path.resolve(process.env.EMBEDDED_POSTGRES_DIR ?? path.join('.data', 'postgres'))

/**
 * The database the app should use: DATABASE_URL when set (checked once), otherwise a real
 * PostgreSQL started from the embedded-postgres package.
 */
export const resolveDatabase = async ({
  onLog,
}: { onLog?: (line: string) => void } = {}): Promise<RunningDatabase> => {
  const url = process.env.DATABASE_URL
  if (url) {
    await checkDatabaseUrl(url)
    return { stop: () => Promise.resolve(), url }
  }
  return startEmbeddedPostgres({ dataDir: defaultEmbeddedDataDir(), onLog })
}
