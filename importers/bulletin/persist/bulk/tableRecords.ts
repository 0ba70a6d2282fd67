/** A column's value as it goes into PostgreSQL through JSON. */
export type ColumnValue = boolean | null | number | object | string

/** Rows for one table, keyed by column name; every row has the same columns. */
export type TableRecords = { records: Record<string, ColumnValue>[]; table: string }
