import type { Payload } from 'payload'

import { getPayload } from 'payload'
import { inject } from 'vitest'

import { appMigrations } from '../../../src/db/appMigrations'
import type { TestDatabase } from './createTestDatabase'
import { createTestDatabase } from './createTestDatabase'

export type TestPayload = { database: TestDatabase; payload: Payload }

/**
 * The host app's Payload on a fresh database with the committed migrations applied: the schema
 * under test is exactly the one deployments get.
 */
export const initTestPayload = async (): Promise<TestPayload> => {
  const database = await createTestDatabase({
    prefix: inject('testDatabasePrefix'),
    serverUrl: inject('databaseServerUrl'),
  })
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET = 'test-secret'
  const { default: config } = await import('../../../src/payload.config')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: appMigrations })
  return { database, payload }
}

/**
 * Stops Payload. Its database is dropped when the whole run ends (globalSetup's teardown):
 * Payload 3.90 keeps one pooled client checked out, so the pool cannot be drained here.
 */
export const destroyTestPayload = async ({ payload }: TestPayload): Promise<void> => {
  await payload.destroy()
}
