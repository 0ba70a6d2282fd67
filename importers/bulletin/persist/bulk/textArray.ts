import { sql } from '@payloadcms/db-postgres'

/** A text[] bound as one JSON parameter (drizzle would spread a JS array into many). */
export const textArray = (values: string[]) =>
  sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`
