import { sql } from '@payloadcms/db-postgres'

import type { TableRecords } from './tableRecords'
import type { TransactionDb } from './transactionDb'

/**
 * What the catalogue says about skipping foreign-key checks: whether this role may, each
 * table's single-column foreign keys (column → referenced table), and the tables it must not
 * be done for — those with a trigger or rule of their own, which would be skipped too.
 */
type ForeignKeyCatalogue = {
  canSkip: boolean
  foreignKeys: Map<string, Map<string, string>>
  unsafeTables: Set<string>
}

const cache = new WeakMap<object, Promise<ForeignKeyCatalogue>>()

const loadCatalogue = async (db: TransactionDb): Promise<ForeignKeyCatalogue> => {
  // A superuser may set session_replication_role; since PostgreSQL 15 it can be granted.
  const { rows: roles } = await db.execute<{ can_skip: boolean; has_grants: boolean }>(sql`
    select current_setting('is_superuser') = 'on' as can_skip,
      exists (select 1 from pg_proc where proname = 'has_parameter_privilege') as has_grants`)
  let canSkip = roles[0]?.can_skip === true
  if (!canSkip && roles[0]?.has_grants) {
    const { rows } = await db.execute<{ can_skip: boolean }>(
      sql`select has_parameter_privilege('session_replication_role', 'SET') as can_skip`,
    )
    canSkip = rows[0]?.can_skip === true
  }
  const { rows: keys } = await db.execute<{
    column: string
    columns: number
    referenced: string
    referenced_column: string
    table: string
  }>(sql`
    select c.relname as "table", a.attname as "column", r.relname as referenced,
      ra.attname as referenced_column, cardinality(k.conkey) as columns
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_class r on r.oid = k.confrelid
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
    join pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = k.confkey[1]
    where k.contype = 'f' and n.nspname = current_schema()`)
  const { rows: others } = await db.execute<{ table: string }>(sql`
    select c.relname as "table" from pg_trigger t
    join pg_class c on c.oid = t.tgrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema()
      and not (t.tgisinternal and exists (
        select 1 from pg_constraint k where k.oid = t.tgconstraint and k.contype = 'f'))
    union
    select tablename from pg_rules where schemaname = current_schema()`)
  const foreignKeys = new Map<string, Map<string, string>>()
  const unsafeTables = new Set(others.map(({ table }) => table))
  for (const { column, columns, referenced, referenced_column, table } of keys) {
    // Only a key on one column naming the referenced row's id is checked here.
    if (Number(columns) !== 1 || referenced_column !== 'id') unsafeTables.add(table)
    const ofTable = foreignKeys.get(table) ?? new Map<string, string>()
    ofTable.set(column, referenced)
    foreignKeys.set(table, ofTable)
  }
  return { canSkip, foreignKeys, unsafeTables }
}

const readCatalogue = (db: TransactionDb, cacheKey: object): Promise<ForeignKeyCatalogue> => {
  const cached = cache.get(cacheKey)
  if (cached) return cached
  const loading = loadCatalogue(db)
  cache.set(cacheKey, loading)
  loading.catch(() => cache.delete(cacheKey))
  return loading
}

/**
 * The rows the new records reference that are not among them (offices, and the departments and
 * people an issue found), table by table: what the foreign-key checks would look up.
 */
const referencedExistingIds = (
  tables: TableRecords[],
  foreignKeys: Map<string, Map<string, string>>,
): Map<string, Set<number>> => {
  const inserted = new Map<string, Set<unknown>>(
    tables.map(({ records, table }) => [table, new Set(records.map((record) => record.id))]),
  )
  const referenced = new Map<string, Set<number>>()
  for (const { records, table } of tables) {
    for (const [column, target] of foreignKeys.get(table) ?? []) {
      const ids = referenced.get(target) ?? new Set<number>()
      referenced.set(target, ids)
      for (const record of records) {
        const value = record[column]
        if (typeof value === 'number' && !inserted.get(target)?.has(value)) ids.add(value)
      }
    }
  }
  return referenced
}

/**
 * Runs a statement of inserts without PostgreSQL's foreign-key checks, when the role may
 * (session_replication_role = replica, for this statement only) and no table written has a
 * trigger or rule of its own: the checks are about a quarter of the statement's work, one
 * look-up per referencing row. Instead the existing rows the records reference are locked
 * FOR KEY SHARE first, as the checks would lock them, so a concurrent delete still waits for
 * the import or, if it came first, fails it; every other row referenced is inserted by the same
 * statement, with ids reserved from the tables' sequences. Otherwise the checks run as usual.
 * `tables` are the records sent; the version rows copied from them reference the same rows.
 */
export const executeWithoutForeignKeyChecks = async ({
  db,
  schemaKey,
  statement,
  tables,
  writtenTables,
}: {
  db: TransactionDb
  schemaKey: object
  statement: ReturnType<typeof sql>
  tables: TableRecords[]
  /** Every table the statement writes, version tables included. */
  writtenTables: string[]
}): Promise<void> => {
  const { canSkip, foreignKeys, unsafeTables } = await readCatalogue(db, schemaKey)
  if (!canSkip || writtenTables.some((table) => unsafeTables.has(table))) {
    await db.execute(statement)
    return
  }
  const referenced = [...referencedExistingIds(tables, foreignKeys)].filter(
    ([, ids]) => ids.size > 0,
  )
  const { rows } = await db.execute<Record<string, number | string>>(sql`
    select ${sql.join(
      [
        ...referenced.map(
          ([table, ids], position) =>
            sql`(select count(*) from (select 1 from ${sql.raw(`"${table.replaceAll('"', '""')}"`)}
              where id = any(${`{${[...ids].join(',')}}`}::bigint[]) for key share) as locked)
              as ${sql.raw(`"t${position}"`)}`,
        ),
        sql`current_setting('session_replication_role') as previous_role`,
        sql`set_config('session_replication_role', 'replica', true) as role`,
      ],
      sql`, `,
    )}`)
  const row = rows[0] ?? {}
  const restore = sql`select set_config('session_replication_role', ${String(row.previous_role ?? 'origin')}, true)`
  const missing = referenced.find(([, ids], position) => Number(row[`t${position}`]) !== ids.size)
  if (missing) {
    await db.execute(restore)
    throw new Error(`bulk import: a row of "${missing[0]}" the import refers to is gone`)
  }
  await db.execute(statement)
  await db.execute(restore)
}
