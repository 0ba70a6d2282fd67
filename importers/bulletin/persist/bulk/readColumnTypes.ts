import { sql } from '@payloadcms/db-postgres'

import type { TransactionDb } from './transactionDb'

/** Each table's columns with their SQL types, e.g. articles.kind → enum_articles_kind. */
export type ColumnTypes = Map<string, Map<string, string>>

const cache = new WeakMap<object, Promise<ColumnTypes>>()

const loadColumnTypes = async (db: TransactionDb): Promise<ColumnTypes> => {
  const { rows } = await db.execute<{ column: string; table: string; type: string }>(sql`
    select c.relname as "table", a.attname as "column", format_type(a.atttypid, a.atttypmod) as "type"
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped`)
  const types: ColumnTypes = new Map()
  for (const { column, table, type } of rows) {
    const columns = types.get(table) ?? new Map<string, string>()
    columns.set(column, type)
    types.set(table, columns)
  }
  return types
}

/**
 * The schema's column types, read from the catalogue once per database handle: the bulk writer
 * declares them when it unpacks JSON rows, so it follows the migrations instead of a copy.
 */
export const readColumnTypes = (db: TransactionDb, cacheKey: object): Promise<ColumnTypes> => {
  const cached = cache.get(cacheKey)
  if (cached) return cached
  const loading = loadColumnTypes(db)
  cache.set(cacheKey, loading)
  loading.catch(() => cache.delete(cacheKey))
  return loading
}
