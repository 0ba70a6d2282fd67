import { sql } from '@payloadcms/db-postgres'

import type { ColumnTypes } from './readColumnTypes'
import type { TableRecords } from './tableRecords'

export type SQL = ReturnType<typeof sql>

/** One data-modifying step of a bulk write, named so later steps can read what it returned. */
export type InsertClause = { name: string; statement: SQL }

export const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`

/** The name of the clause that inserts a table's rows. */
export const clauseNameOf = (table: string): string => quoteIdentifier(`w_${table}`)

export const columnsOf = (columnTypes: ColumnTypes, table: string): Map<string, string> => {
  const columns = columnTypes.get(table)
  if (!columns) {
    throw new Error(`bulk import: the database has no table "${table}"; run the migrations`)
  }
  return columns
}

/**
 * One INSERT of many rows (a column missing from a row is null) that binds a single parameter,
 * the rows as JSON unpacked by jsonb_to_recordset: no limit on the number of rows, one parse per
 * table. It returns the rows it wrote, for the version rows derived from them.
 */
export const buildInsertStatement = (
  { records, table }: TableRecords,
  columnTypes: ColumnTypes,
): InsertClause => {
  const types = columnsOf(columnTypes, table)
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))]
  const declarations = columns.map((column) => {
    const type = types.get(column)
    if (!type) throw new Error(`bulk import: the table "${table}" has no column "${column}"`)
    return `${quoteIdentifier(column)} ${type}`
  })
  const columnList = columns.map(quoteIdentifier).join(', ')
  return {
    name: clauseNameOf(table),
    statement: sql`insert into ${sql.raw(quoteIdentifier(table))} (${sql.raw(columnList)}) select ${sql.raw(columnList)} from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as x(${sql.raw(declarations.join(', '))}) returning *`,
  }
}

/**
 * Several inserts as one statement of data-modifying CTEs: one round trip for a whole issue.
 * Foreign keys between them are checked at the end of the statement, so order does not matter.
 */
export const combineInsertStatements = (clauses: InsertClause[]): SQL =>
  sql`with ${sql.join(
    clauses.map(({ name, statement }) => sql`${sql.raw(name)} as (${statement})`),
    sql`, `,
  )} select 1`
