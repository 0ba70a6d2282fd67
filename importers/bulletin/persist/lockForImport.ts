import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

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
  const adapter = payload.db as unknown as PostgresAdapter
  const transactionID = await req.transactionID
  const db = (transactionID !== undefined && adapter.sessions[transactionID]?.db) || adapter.drizzle
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`bulletin-import:${key}`}))`)
}
