import { randomBytes } from 'node:crypto'

import { withServerClient } from './withServerClient'

export type TestDatabase = { url: string }

/** A new, empty database on the test server, so each test file starts from nothing. */
export const createTestDatabase = async ({
  prefix,
  serverUrl,
}: {
  prefix: string
  serverUrl: string
}): Promise<TestDatabase> => {
  const name = `${prefix}${randomBytes(6).toString('hex')}`
  await withServerClient(serverUrl, (client) => client.query(`create database ${name}`))
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return { url: url.toString() }
}

/** Drops every database this run made (they share the run's prefix). */
export const dropTestDatabases = ({ prefix, serverUrl }: { prefix: string; serverUrl: string }) =>
  withServerClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [prefix],
    )
    for (const { datname } of rows) {
      await client.query(`drop database if exists ${datname} with (force)`)
    }
  })
