import { sql } from '@payloadcms/db-postgres'

import { textArray } from './textArray'
import type { TransactionDb } from './transactionDb'

export type NamedIds = { departments: Map<string, number>; people: Map<string, number> }

/**
 * The office's departments and people with these names or aliases, name → id, in one query.
 */
export const lookUpNamed = async ({
  db,
  departmentNames,
  officeId,
  personNames,
}: {
  db: TransactionDb
  departmentNames: string[]
  officeId: number
  personNames: string[]
}): Promise<NamedIds> => {
  const found: NamedIds = { departments: new Map(), people: new Map() }
  if (departmentNames.length + personNames.length === 0) return found
  const departments = textArray(departmentNames)
  const people = textArray(personNames)
  const { rows } = await db.execute<{ id: number; name: string; table: keyof NamedIds }>(sql`
    select 'departments' as "table", id, name from departments
    where office_id = ${officeId} and name = any(${departments})
    union all
    select 'departments', d.id, a.alias from departments_aliases a join departments d on d.id = a._parent_id
    where d.office_id = ${officeId} and a.alias = any(${departments})
    union all
    select 'people', id, name from people where office_id = ${officeId} and name = any(${people})
    union all
    select 'people', p.id, a.alias from people_aliases a join people p on p.id = a._parent_id
    where p.office_id = ${officeId} and a.alias = any(${people})`)
  for (const { id, name, table } of rows) {
    if (!found[table].has(name)) found[table].set(name, Number(id))
  }
  return found
}
