import { sql } from '@payloadcms/db-postgres'

import { textArray } from './textArray'

import type { TransactionDb } from './transactionDb'

type NamedTable = 'departments' | 'people'

/** The office's departments or people with these names or aliases: name → id. */
export const lookUpNamed = async ({
  db,
  names,
  officeId,
  table,
}: {
  db: TransactionDb
  names: string[]
  officeId: number
  table: NamedTable
}): Promise<Map<string, number>> => {
  const ids = new Map<string, number>()
  if (names.length === 0) return ids
  const main = sql.raw(`"${table}"`)
  const aliases = sql.raw(`"${table}_aliases"`)
  const { rows } = await db.execute<{ id: number; name: string }>(sql`
    select id, name from ${main} where office_id = ${officeId} and name = any(${textArray(names)})
    union all
    select t.id, a.alias as name from ${aliases} a join ${main} t on t.id = a._parent_id
    where t.office_id = ${officeId} and a.alias = any(${textArray(names)})`)
  for (const { id, name } of rows) if (!ids.has(name)) ids.set(name, id)
  return ids
}
