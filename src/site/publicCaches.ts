import type { LruCache } from './createLruCache'

import { createLruCache } from './createLruCache'

/**
 * A cached anonymous response: its body, its ETag, and every header a reply carries (those of
 * the response worth replaying, with Cache-Control, ETag and Vary).
 */
export type CachedResponse = {
  body: ArrayBuffer
  etag: string
  headers: [string, string][]
}

export type PublicCaches = {
  /** Whole responses of anonymous GET requests, by URL (route wrapper withPublicCaching). */
  responses: LruCache<CachedResponse>
  /** Site query answers, by query name and arguments (runSiteQuery). */
  siteQueries: LruCache<unknown>
}

export type PublicCacheOptions = {
  /**
   * Entries each cache keeps; 0 turns both off.
   * @default 1000
   */
  maxEntries?: number
  /**
   * How long an entry may be served without a content change having cleared it.
   * @default 60
   */
  ttlSeconds?: number
}

const key = Symbol.for('payload-plugin-bulletin.publicCaches')

type Holder = { [key]?: PublicCaches & { options: string } }

const createPublicCaches = ({
  maxEntries = 1000,
  ttlSeconds = 60,
}: PublicCacheOptions): PublicCaches & { options: string } => ({
  options: JSON.stringify({ maxEntries, ttlSeconds }),
  responses: createLruCache({ maxEntries, ttlMs: ttlSeconds * 1000 }),
  siteQueries: createLruCache({ maxEntries, ttlMs: ttlSeconds * 1000 }),
})

/**
 * Sizes the process's caches (the plugin does, when the config is built); caches of other
 * sizes are replaced, equal ones kept.
 */
export const configurePublicCaches = (options: PublicCacheOptions): void => {
  const holder = globalThis as Holder
  const next = createPublicCaches(options)
  if (holder[key]?.options !== next.options) holder[key] = next
}

/**
 * The process's caches of published reads. Kept on globalThis: Next bundles each route on its
 * own, and a change seen by one route's copy of this module must clear what every route serves.
 */
export const getPublicCaches = (): PublicCaches => {
  const holder = globalThis as Holder
  holder[key] ??= createPublicCaches({})
  return holder[key]
}

/** Empties both caches. */
export const clearPublicCaches = (): void => {
  const caches = getPublicCaches()
  caches.responses.clear()
  caches.siteQueries.clear()
}
