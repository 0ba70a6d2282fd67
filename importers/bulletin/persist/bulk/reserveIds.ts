import { sql } from '@payloadcms/db-postgres'

import type { TransactionDb } from './transactionDb'

/**
 * Takes ids from the tables' own sequences in one round trip, so rows can reference each other
 * before any is written: `{ articles: 8 }` → `{ articles: [101, …, 108] }`.
 */
export const reserveIds = async <Table extends string>(
  db: TransactionDb,
  counts: Record<Table, number>,
): Promise<Record<Table, number[]>> => {
  const tables = Object.keys(counts) as Table[]
  const columns = tables.map(
    (table) =>
      sql`coalesce((select array_agg(nextval(pg_get_serial_sequence(${`"${table}"`}, 'id'))) from generate_series(1, ${counts[table]}::int)), '{}') as ${sql.raw(`"${table}"`)}`,
  )
  const { rows } = await db.execute<Record<Table, number[]>>(
    sql`select ${sql.join(columns, sql`, `)}`,
  )
  const row = rows[0]
  if (!row) throw new Error('bulk import: PostgreSQL returned no ids')
  return Object.fromEntries(
    tables.map((table) => [table, (row[table] as unknown[]).map(Number)]),
  ) as Record<Table, number[]>
}
