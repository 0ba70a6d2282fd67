import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** The table of a collection, as the adapter named it (a custom dbName included). */
export const getCollectionTableName = (payload: Payload, collection: string): string => {
  const defaultName = collection.replaceAll('-', '_')
  return (payload.db as unknown as PostgresAdapter).tableNameMap.get(defaultName) ?? defaultName
}
