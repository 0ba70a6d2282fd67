import type { CachedResponse } from './publicCaches'

/** What a request for a cached response is answered: 304 when its ETag matches, else 200. */
export type CachedReply = {
  body: ArrayBuffer | null
  headers: [string, string][]
  status: 200 | 304
}

/** Whether an If-None-Match header names this ETag (weak or strong, or `*`). */
export const matchesEtag = (ifNoneMatch: null | string, etag: string): boolean => {
  if (ifNoneMatch === null) return false
  if (ifNoneMatch.trim() === '*') return true
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}

/**
 * A request that carries credentials — a bearer/JWT/API-key header or a Payload token cookie —
 * sees more than published content, so it is never answered from, nor stored in, the cache.
 */
export const hasCredentials = ({
  authorization,
  cookie,
}: {
  authorization: null | string
  cookie: null | string
}): boolean => authorization !== null || /(?:^|;\s*)[\w-]*-token=/.test(cookie ?? '')

/** The cache key of a request: its path and query string, as the client sent them. */
export const toPublicCacheKey = (pathAndQuery: string): string => pathAndQuery

/** The reply to a request for a cached response. */
export const toCachedReply = (cached: CachedResponse, ifNoneMatch: null | string): CachedReply =>
  matchesEtag(ifNoneMatch, cached.etag)
    ? { body: null, headers: cached.headers, status: 304 }
    : { body: cached.body, headers: cached.headers, status: 200 }
