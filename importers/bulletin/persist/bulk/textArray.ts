import { sql } from '@payloadcms/db-postgres'

/** One element of a PostgreSQL array literal: quoted, with `"` and `\` escaped. */
const quoteElement = (value: string) => `"${value.replaceAll(/["\\]/gu, (char) => `\\${char}`)}"`

/** `{"a","b"}`: PostgreSQL's text form of a text[] (a bound value, never spliced into SQL). */
export const toTextArrayLiteral = (values: string[]): string =>
  `{${values.map(quoteElement).join(',')}}`

/**
 * A text[] bound as one parameter (drizzle would spread a JS array into many). A parameter
 * rather than an expression, so `column = any(...)` is planned as an index scan: computed in the
 * query (from JSON), the planner could not see its elements and scanned the table.
 */
export const textArray = (values: string[]) => sql`${toTextArrayLiteral(values)}::text[]`
