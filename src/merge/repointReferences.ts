import { sql } from '@payloadcms/db-postgres'

import type { TransactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import type { ReferencingColumn } from './findReferencingColumns'

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`

/**
 * Points every reference to `fromId` at `toId`. A has-many relationship that already holds
 * `toId` (a `_rels` row of the same document and field) loses the duplicate instead.
 * Returns how many rows now point at `toId` instead of `fromId`.
 */
export const repointReferences = async ({
  columns,
  db,
  fromId,
  toId,
}: {
  columns: ReferencingColumn[]
  db: TransactionDb
  fromId: number
  toId: number
}): Promise<number> => {
  let repointed = 0
  for (const { column, table } of columns) {
    const target = sql.raw(`${quote(table)}`)
    const field = sql.raw(quote(column))
    if (table.endsWith('_rels')) {
      await db.execute(sql`
        delete from ${target} duplicate
        where duplicate.${field} = ${fromId}
          and exists (
            select 1 from ${target} kept
            where kept.parent_id = duplicate.parent_id
              and kept.path = duplicate.path
              and kept.${field} = ${toId}
          )`)
    }
    const result = await db.execute(
      sql`update ${target} set ${field} = ${toId} where ${field} = ${fromId}`,
    )
    repointed += result.rowCount ?? 0
  }
  return repointed
}
