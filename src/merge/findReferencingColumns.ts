import { sql } from '@payloadcms/db-postgres'

import type { TransactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'

/** A column holding a foreign key to a collection's table. */
export type ReferencingColumn = { column: string; table: string }

/** Payload's own bookkeeping (document locks) is dropped with the document, not re-pointed. */
const bookkeepingTables = new Set(['payload_locked_documents_rels'])

/**
 * Every column of the database that references `table`'s id, read from PostgreSQL's catalog:
 * relationship columns, array rows and `_rels` rows of documents and of their versions alike.
 */
export const findReferencingColumns = async ({
  db,
  table,
}: {
  db: TransactionDb
  table: string
}): Promise<ReferencingColumn[]> => {
  const result = await db.execute<{ column: string; table: string }>(sql`
    select referencing.relname as "table", attribute.attname as "column"
    from pg_constraint constraint_row
    join pg_class referencing on referencing.oid = constraint_row.conrelid
    join pg_class referenced on referenced.oid = constraint_row.confrelid
    join pg_namespace namespace on namespace.oid = referenced.relnamespace
    join pg_attribute attribute
      on attribute.attrelid = constraint_row.conrelid and attribute.attnum = any (constraint_row.conkey)
    where constraint_row.contype = 'f'
      and referenced.relname = ${table}
      and namespace.nspname = current_schema()
    order by 1, 2`)
  return result.rows.filter((row) => !bookkeepingTables.has(row.table))
}
