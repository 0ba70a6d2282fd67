import { sql } from '@payloadcms/db-postgres'

import type { ColumnTypes } from './readColumnTypes'
import type { TableRecords } from './tableRecords'

type SQL = ReturnType<typeof sql>

const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`

/**
 * One INSERT of many rows (a column missing from a row is null) that binds a single parameter, the rows as JSON, unpacked with
 * jsonb_to_recordset: no limit on the number of rows, and one parse per table.
 */
export const buildInsertStatement = (
  { records, table }: TableRecords,
  columnTypes: ColumnTypes,
): SQL => {
  const types = columnTypes.get(table)
  if (!types)
    throw new Error(`bulk import: the database has no table "${table}"; run the migrations`)
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))]
  const declarations = columns.map((column) => {
    const type = types.get(column)
    if (!type) throw new Error(`bulk import: the table "${table}" has no column "${column}"`)
    return `${quoteIdentifier(column)} ${type}`
  })
  const columnList = columns.map(quoteIdentifier).join(', ')
  return sql`insert into ${sql.raw(quoteIdentifier(table))} (${sql.raw(columnList)}) select ${sql.raw(columnList)} from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as x(${sql.raw(declarations.join(', '))})`
}

/**
 * Several inserts as one statement of data-modifying CTEs: one round trip for a whole issue.
 * Foreign keys between them are checked at the end of the statement, so order does not matter.
 */
export const combineInsertStatements = (statements: SQL[]): SQL => {
  const clauses = statements.map(
    (statement, index) => sql`${sql.raw(`w${index}`)} as (${statement})`,
  )
  return sql`with ${sql.join(clauses, sql`, `)} select 1`
}
