import { sql } from '@payloadcms/db-postgres'

import type { InsertClause } from './buildInsertStatement'
import type { ColumnTypes } from './readColumnTypes'

import { clauseNameOf, columnsOf, quoteIdentifier } from './buildInsertStatement'

/** A collection with drafts: its main table and the array tables written beside it. */
export type VersionedTables = { arrays: string[]; main: string; rels?: string }

/** A copied value, cast through text where the version table has its own enum type. */
const copy = (expression: string, sourceType?: string, targetType?: string): string =>
  sourceType && targetType && sourceType !== targetType
    ? `${expression}::text::${targetType}`
    : expression

const list = (columns: string[]) => sql.raw(columns.map(quoteIdentifier).join(', '))

/** `_articles_v` from `articles`; `_articles_v_version_mentions` from `articles_mentions`. */
const versionTableOf = (main: string, table?: string): string =>
  table === undefined ? `_${main}_v` : `_${main}_v_version_${table.slice(main.length + 1)}`

/** Every version table the version rows of these tables go to. */
export const versionTablesOf = ({ arrays, main, rels }: VersionedTables): string[] => [
  versionTableOf(main),
  ...arrays.map((table) => versionTableOf(main, table)),
  ...(rels === undefined ? [] : [`_${main}_v_rels`]),
]

/**
 * The draft version rows Payload writes beside draft documents, copied in SQL from the rows just
 * inserted (so nothing is sent twice): `_<table>_v` with each column as `version_<column>` and
 * `latest`, its arrays in `_<table>_v_version_<array>` with the array row's id as `_uuid`, and
 * its relationships in `_<table>_v_rels` under `version.<path>`.
 */
export const versionInserts = (
  { arrays, main, rels }: VersionedTables,
  columnTypes: ColumnTypes,
): InsertClause[] => {
  const mainColumns = columnsOf(columnTypes, main)
  const versionTable = versionTableOf(main)
  const versionName = quoteIdentifier(`v_${main}`)
  const targets: string[] = []
  const sources: string[] = []
  for (const [column, type] of columnsOf(columnTypes, versionTable)) {
    const copied = column.startsWith('version_') ? column.slice('version_'.length) : null
    const source =
      column === 'parent_id'
        ? 'id'
        : column === 'created_at' || column === 'updated_at'
          ? 'updated_at'
          : column === 'latest'
            ? 'true'
            : copied !== null && mainColumns.has(copied)
              ? copy(quoteIdentifier(copied), mainColumns.get(copied), type)
              : null
    if (source === null) continue
    targets.push(column)
    sources.push(source)
  }
  const clauses: InsertClause[] = [
    {
      name: versionName,
      statement: sql`insert into ${sql.raw(quoteIdentifier(versionTable))} (${list(targets)}) select ${sql.raw(sources.join(', '))} from ${sql.raw(clauseNameOf(main))} returning id, parent_id`,
    },
  ]
  for (const table of arrays) {
    const target = versionTableOf(main, table)
    const targetColumns = columnsOf(columnTypes, target)
    const sourceColumns = columnsOf(columnTypes, table)
    const copied = [...targetColumns.keys()].filter(
      (column) => !['_parent_id', '_uuid', 'id'].includes(column),
    )
    clauses.push({
      name: quoteIdentifier(`v_${table}`),
      statement: sql`insert into ${sql.raw(quoteIdentifier(target))} (${list([...copied, '_parent_id', '_uuid'])}) select ${sql.raw(copied.map((column) => copy(`a.${quoteIdentifier(column)}`, sourceColumns.get(column), targetColumns.get(column))).join(', '))}, v.id, a.id from ${sql.raw(clauseNameOf(table))} a join ${sql.raw(versionName)} v on v.parent_id = a._parent_id`,
    })
  }
  if (rels !== undefined) {
    const target = `_${main}_v_rels`
    const copied = [...columnsOf(columnTypes, target).keys()].filter(
      (column) => !['id', 'parent_id', 'path'].includes(column),
    )
    clauses.push({
      name: quoteIdentifier(`v_${rels}`),
      statement: sql`insert into ${sql.raw(quoteIdentifier(target))} (${list([...copied, 'parent_id', 'path'])}) select ${sql.raw(copied.map((column) => `r.${quoteIdentifier(column)}`).join(', '))}, v.id, 'version.' || r.path from ${sql.raw(clauseNameOf(rels))} r join ${sql.raw(versionName)} v on v.parent_id = r.parent_id`,
    })
  }
  return clauses
}
