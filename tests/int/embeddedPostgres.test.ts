import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '../../src/db/startEmbeddedPostgres'

let parentDir: string

const query = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[]
  } finally {
    await client.end()
  }
}

describe('embedded PostgreSQL', () => {
  beforeAll(async () => {
    parentDir = await mkdtemp(path.join(tmpdir(), 'bulletin-embedded-'))
    await chmod(parentDir, 0o755)
  })

  afterAll(async () => {
    await rm(parentDir, { force: true, recursive: true })
  })

  it('should keep its data across a restart', async () => {
    const dataDir = path.join(parentDir, 'cluster')
    const first = await startEmbeddedPostgres({ dataDir })
    await query(first.url, "create table notes (body text); insert into notes values ('社区晨报')")
    await first.stop()
    const second = await startEmbeddedPostgres({ dataDir })
    const rows = await query(second.url, 'select body from notes')
    await second.stop()
    expect(rows).toEqual([{ body: '社区晨报' }])
  })

  it('should store Chinese text in a UTF-8 database', async () => {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(parentDir, 'encoding'),
      isEphemeral: true,
    })
    const rows = await query(
      server.url,
      'select pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()',
    )
    await server.stop()
    expect(rows).toEqual([{ encoding: 'UTF8' }])
  })
})
