import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { SanitizedBulletinPluginOptions } from '../types'
import type { SiteQueryArgs, SiteQueryName } from './siteQueries'

import { getPublicCaches } from './publicCaches'
import { siteQueries } from './siteQueries'
import { toSiteTables } from './siteTables'

type Drizzle = PostgresAdapter['drizzle'] & { $replicas?: PostgresAdapter['drizzle'][] }

/** A read replica when there are any (published content may lag a moment), else the pool. */
const readDb = (payload: Payload): PostgresAdapter['drizzle'] => {
  const drizzle = (payload.db as unknown as PostgresAdapter).drizzle as Drizzle
  const replicas = drizzle.$replicas ?? []
  return replicas[Math.floor(Math.random() * replicas.length)] ?? drizzle
}

const inFlight = new Map<string, Promise<unknown>>()

/** The cache key: the query's name and its arguments in a fixed order. */
export const toSiteQueryKey = (name: SiteQueryName, args: SiteQueryArgs): string =>
  `${name}:${JSON.stringify(Object.entries(args).sort(([a], [b]) => a.localeCompare(b)))}`

/**
 * Answers a site query with its one SQL statement, from the in-process cache when it holds the
 * answer (content changes clear it). Identical queries in flight share one statement. Returns
 * null when the office or the document is not found or not published.
 */
export const runSiteQuery = async ({
  args,
  name,
  options,
  payload,
}: {
  args: SiteQueryArgs
  name: SiteQueryName
  options: SanitizedBulletinPluginOptions
  payload: Payload
}): Promise<unknown> => {
  const cache = getPublicCaches().siteQueries
  const key = toSiteQueryKey(name, args)
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const generation = cache.generation
  // Keyed by generation too: a query begun before a change must not answer one asked after it.
  const flightKey = `${generation}:${key}`
  const pending = inFlight.get(flightKey)
  if (pending) return pending
  const { config } = payload
  const statement = siteQueries[name].toSql(
    {
      fileRoute: `${config.serverURL}${config.routes.api}/${options.slugs.photos}/file/`,
      tables: toSiteTables(options),
    },
    args as never,
  )
  const query = readDb(payload)
    .execute<{ data: unknown }>(statement)
    .then(({ rows }) => {
      const data = rows[0]?.data ?? null
      // Unknown slugs are not kept: anyone could fill the cache with them.
      if (data !== null) cache.set(key, data, generation)
      return data
    })
    .finally(() => inFlight.delete(flightKey))
  inFlight.set(flightKey, query)
  return query
}
