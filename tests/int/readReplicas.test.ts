import type { Payload } from 'payload'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createTestDatabase } from './helpers/createTestDatabase'
import { migrateDatabase } from './helpers/migrateDatabase'
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
 * DATABASE_READ_REPLICA_URLS names a second database here, copied from the migrated primary
 * and then given a row of its own: what Payload reads shows which database answered.
 */
describe('read replicas', () => {
  beforeAll(async () => {
    const serverUrl = inject('databaseServerUrl')
    const primary = await createTestDatabase({ prefix: inject('testDatabasePrefix'), serverUrl })
    primaryUrl = primary.url
    await migrateDatabase(primaryUrl)
    const primaryName = new URL(primaryUrl).pathname.slice(1)
    await withServerClient(serverUrl, (client) =>
      client.query(`create database ${primaryName}_replica template ${primaryName}`),
    )
    const replica = new URL(primaryUrl)
    replica.pathname = `/${primaryName}_replica`
    replicaUrl = replica.toString()
    await withServerClient(replicaUrl, (client) =>
      client.query(
        `insert into offices (name, slug, updated_at, created_at) values ('副本里的街道', 'replica-only', now(), now())`,
      ),
    )
    process.env.DATABASE_URL = primaryUrl
    process.env.DATABASE_READ_REPLICA_URLS = ` ${replicaUrl} ,`
    process.env.PAYLOAD_SECRET = 'test-secret'
    const { default: config } = await import('../../src/payload.config')
    payload = await getPayload({ config })
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
