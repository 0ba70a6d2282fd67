import type { Payload } from 'payload'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'

import { appMigrations } from '../../src/db/appMigrations'
import { createTestDatabase } from './helpers/createTestDatabase'
import { withServerClient } from './helpers/withServerClient'

let payload: Payload
let primaryUrl: string
let replicaUrl: string

const officeNamesIn = (url: string) =>
  withServerClient(url, async (client) =>
    (await client.query<{ name: string }>('select name from offices order by name')).rows.map(
      (row) => row.name,
    ),
  )

const officeNamesReadByPayload = async () =>
  (await payload.find({ collection: 'offices', sort: 'name' })).docs.map((office) => office.name)

/**
 * A Payload of the host app read afresh with the environment as it is now: the config reads
 * DATABASE_URL and DATABASE_READ_REPLICA_URLS when it is evaluated, so the module graph is reset
 * first, and each instance is cached under a key of its own.
 */
const startPayloadWithCurrentEnv = async (key: string): Promise<Payload> => {
  vi.resetModules()
  const { default: config } = await import('../../src/payload.config')
  return getPayload({ config, key })
}

/**
 * DATABASE_READ_REPLICA_URLS names a second database here, migrated like the primary and then
 * given a row of its own: what Payload reads shows which database answered. The primary is
 * migrated by the replica-reading Payload itself, as `npm start` would.
 */
describe('read replicas', () => {
  beforeAll(async () => {
    const serverUrl = inject('databaseServerUrl')
    const prefix = inject('testDatabasePrefix')
    primaryUrl = (await createTestDatabase({ prefix, serverUrl })).url
    replicaUrl = (await createTestDatabase({ prefix, serverUrl })).url
    process.env.PAYLOAD_SECRET = 'test-secret'
    process.env.DATABASE_URL = replicaUrl
    const replicaPayload = await startPayloadWithCurrentEnv('replica')
    await replicaPayload.db.migrate({ migrations: appMigrations })
    await replicaPayload.destroy()
    await withServerClient(replicaUrl, (client) =>
      client.query(
        `insert into offices (name, slug, updated_at, created_at) values ('副本里的街道', 'replica-only', now(), now())`,
      ),
    )
    process.env.DATABASE_URL = primaryUrl
    process.env.DATABASE_READ_REPLICA_URLS = ` ${replicaUrl} ,`
    payload = await startPayloadWithCurrentEnv('primary with replica')
    await payload.db.migrate({ migrations: appMigrations })
  })

  afterAll(async () => {
    await payload.destroy()
    delete process.env.DATABASE_READ_REPLICA_URLS
  })

  it('should write to the primary, read it back there at once, then read from the replica', async () => {
    await payload.create({ collection: 'offices', data: { name: '主库里的街道', slug: 'primary' } })
    const justAfterWrite = await officeNamesReadByPayload()
    // Payload keeps reads on the primary for 2 s after a write (readReplicasAfterWriteInterval).
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    expect({
      justAfterWrite,
      later: await officeNamesReadByPayload(),
      primary: await officeNamesIn(primaryUrl),
      replica: await officeNamesIn(replicaUrl),
    }).toEqual({
      justAfterWrite: ['主库里的街道'],
      later: ['副本里的街道'],
      primary: ['主库里的街道'],
      replica: ['副本里的街道'],
    })
  })
})
