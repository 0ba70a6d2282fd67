import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

export type TransactionDb = PostgresAdapter['drizzle']

/** The drizzle handle of the request's open transaction (or the pool, outside one). */
export const transactionDb = async ({
  payload,
  req,
}: {
  payload: Payload
  req: PayloadRequest
}): Promise<TransactionDb> => {
  const adapter = payload.db as unknown as PostgresAdapter
  const transactionID = await req.transactionID
  return (
    ((transactionID !== undefined && adapter.sessions[transactionID]?.db) as
      TransactionDb | false | undefined) || adapter.drizzle
  )
}

/** The drizzle handle on the adapter's pool, for reads outside any transaction. */
export const poolDb = (payload: Payload): TransactionDb =>
  (payload.db as unknown as PostgresAdapter).drizzle
