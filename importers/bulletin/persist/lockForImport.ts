import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionDb } from './bulk/transactionDb'

/**
 * Holds a PostgreSQL advisory lock until the request's transaction ends, so concurrent imports
 * (several workers, an upload beside the inbox) of the same office do not both create its office,
 * people or departments. Imports of different offices still run side by side.
 */
export const lockForImport = async ({
  key,
  payload,
  req,
}: {
  key: string
  payload: Payload
  req: PayloadRequest
}): Promise<void> => {
  const db = await transactionDb({ payload, req })
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`bulletin-import:${key}`}))`)
}
