import type { ColumnValue, TableRecords } from './tableRecords'

type VersionTables = {
  /** Array-field tables of the collection, e.g. articles_mentions. */
  arrays: TableRecords[]
  /** The collection's main table, e.g. articles. */
  main: TableRecords
  /** Its relationship table, e.g. articles_rels. */
  rels?: TableRecords
  /** The version id of each document id. */
  versionIds: Map<number, number>
}

const versionIdOf = (versionIds: Map<number, number>, id: ColumnValue | undefined): number => {
  const versionId = versionIds.get(Number(id))
  if (versionId === undefined)
    throw new Error(`bulk import: no version id for document ${Number(id)}`)
  return versionId
}

/**
 * The draft version rows Payload writes beside a draft document: `_<table>_v` with every column
 * as `version_<column>` and `latest`, its arrays in `_<table>_v_version_<array>` (the array row
 * id kept as `_uuid`) and its relationships in `_<table>_v_rels` under `version.<path>`.
 */
export const versionRecords = ({
  arrays,
  main,
  rels,
  versionIds,
}: VersionTables): TableRecords[] => {
  const base = main.table
  const versions: TableRecords = {
    records: main.records.map(({ id, ...columns }) => ({
      id: versionIdOf(versionIds, id),
      parent_id: id ?? null,
      ...Object.fromEntries(
        Object.entries(columns).map(([key, value]) => [`version_${key}`, value]),
      ),
      created_at: columns.updated_at ?? null,
      latest: true,
      updated_at: columns.updated_at ?? null,
    })),
    table: `_${base}_v`,
  }
  const versionArrays = arrays.map(({ records, table }) => ({
    records: records.map(({ id, ...columns }) => ({
      ...columns,
      _parent_id: versionIdOf(versionIds, columns._parent_id),
      _uuid: id ?? null,
    })),
    table: `_${base}_v_version_${table.slice(base.length + 1)}`,
  }))
  const versionRels = rels
    ? [
        {
          records: rels.records.map((columns) => ({
            ...columns,
            parent_id: versionIdOf(versionIds, columns.parent_id),
            path: `version.${columns.path as string}`,
          })),
          table: `_${base}_v_rels`,
        },
      ]
    : []
  return [versions, ...versionArrays, ...versionRels].filter((table) => table.records.length > 0)
}
