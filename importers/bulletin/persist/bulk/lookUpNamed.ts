import { sql } from '@payloadcms/db-postgres'

import type { TransactionDb } from './transactionDb'

export type NamedIds = { departments: Map<string, number>; people: Map<string, number> }

/** The names one office's issues credit: its departments and the people they name. */
export type WantedNames = { departmentNames: string[]; officeId: number; personNames: string[] }

/** Office ids and names as two parallel arrays, bound as one JSON parameter each. */
const pairsOf = (wanted: WantedNames[], key: 'departmentNames' | 'personNames') => {
  const pairs = wanted.flatMap(({ officeId, [key]: names }) =>
    names.map((name) => [officeId, name] as const),
  )
  return sql`(select (p->>0)::int as office_id, p->>1 as name
    from jsonb_array_elements(${JSON.stringify(pairs)}::jsonb) p)`
}

/**
 * The departments and people with these names or aliases, per office (office id → name → id),
 * for every office of a batch in one query; a name beats an alias, then the oldest wins.
 */
export const lookUpNamed = async ({
  db,
  wanted,
}: {
  db: TransactionDb
  wanted: WantedNames[]
}): Promise<Map<number, NamedIds>> => {
  const found = new Map<number, NamedIds>(
    wanted.map(({ officeId }) => [officeId, { departments: new Map(), people: new Map() }]),
  )
  const nameCount = wanted.reduce(
    (sum, { departmentNames, personNames }) => sum + departmentNames.length + personNames.length,
    0,
  )
  if (nameCount === 0) return found
  const { rows } = await db.execute<{
    id: number
    name: string
    office_id: number
    table: keyof NamedIds
  }>(sql`
    with wanted_departments as ${pairsOf(wanted, 'departmentNames')},
      wanted_people as ${pairsOf(wanted, 'personNames')}
    select 'departments' as "table", d.office_id, d.id, d.name, 0 as by_alias from departments d
    join wanted_departments w on w.office_id = d.office_id and w.name = d.name
    union all
    select 'departments', d.office_id, d.id, a.alias, 1 from departments_aliases a
    join departments d on d.id = a._parent_id
    join wanted_departments w on w.office_id = d.office_id and w.name = a.alias
    union all
    select 'people', p.office_id, p.id, p.name, 0 from people p
    join wanted_people w on w.office_id = p.office_id and w.name = p.name
    union all
    select 'people', p.office_id, p.id, a.alias, 1 from people_aliases a
    join people p on p.id = a._parent_id
    join wanted_people w on w.office_id = p.office_id and w.name = a.alias
    order by by_alias, id`)
  for (const { id, name, office_id, table } of rows) {
    const named = found.get(Number(office_id))?.[table]
    if (named && !named.has(name)) named.set(name, Number(id))
  }
  return found
}
