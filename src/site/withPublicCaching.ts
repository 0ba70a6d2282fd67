import { createHash } from 'node:crypto'

import type { CachedResponse } from './publicCaches'

import { hasCredentials, toCachedReply, toPublicCacheKey } from './cachedReply'
import { getPublicCaches } from './publicCaches'

export type PublicCachingOptions = {
  /**
   * How long browsers and shared caches may use an anonymous response without asking again.
   * @default 10
   */
  maxAgeSeconds?: number
  /**
   * How long after that they may still use it while they revalidate in the background.
   * @default 60
   */
  staleWhileRevalidateSeconds?: number
}

/** Headers a cached response does not replay: they belong to one response. */
const unreplayed = new Set(['content-length', 'date', 'etag', 'set-cookie', 'transfer-encoding'])

/** A 200 JSON response to store, with the headers every reply of it carries; else null. */
const toCached = async (
  response: Response,
  cacheControl: string,
): Promise<CachedResponse | null> => {
  const contentType = response.headers.get('content-type') ?? ''
  if (response.status !== 200 || response.headers.has('set-cookie')) return null
  if (!contentType.includes('json')) return null
  const body = await response.arrayBuffer()
  const etag = `"${createHash('sha1').update(Buffer.from(body)).digest('base64url')}"`
  const kept = [...response.headers].filter(
    ([name]) => !unreplayed.has(name.toLowerCase()) && name.toLowerCase() !== 'cache-control',
  )
  return {
    body,
    etag,
    headers: [
      ...kept,
      ['cache-control', cacheControl],
      ['etag', etag],
      ['vary', 'Authorization, Cookie'],
    ],
  }
}

const inFlight = new Map<string, Promise<CachedResponse | null>>()

/**
 * Wraps a GET route handler (REST or GraphQL) so anonymous reads — which see published content
 * only — are served from the in-process response cache (cleared by content changes), carry an
 * ETag with 304 on If-None-Match, and may be cached publicly for a short while. Requests with
 * credentials pass through untouched, and their responses are never stored.
 */
export const withPublicCaching =
  <Context>(
    handler: (request: Request, context: Context) => Promise<Response>,
    { maxAgeSeconds = 10, staleWhileRevalidateSeconds = 60 }: PublicCachingOptions = {},
  ) =>
  async (request: Request, context: Context): Promise<Response> => {
    const cacheControl = `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`
    const credentials = {
      authorization: request.headers.get('authorization'),
      cookie: request.headers.get('cookie'),
    }
    if (request.method !== 'GET' || hasCredentials(credentials)) return handler(request, context)
    const cache = getPublicCaches().responses
    const url = new URL(request.url)
    const key = toPublicCacheKey(`${url.pathname}${url.search}`)
    let cached = cache.get(key)
    if (cached === undefined) {
      const generation = cache.generation
      const flightKey = `${generation}:${key}`
      let response: Response | undefined
      let pending = inFlight.get(flightKey)
      if (pending === undefined) {
        pending = handler(request, context).then(async (fresh) => {
          response = fresh
          return toCached(fresh.clone(), cacheControl)
        })
        inFlight.set(flightKey, pending)
        void pending.finally(() => inFlight.delete(flightKey)).catch(() => undefined)
      }
      const stored = await pending
      if (stored === null) return response ?? handler(request, context)
      cache.set(key, stored, generation)
      cached = stored
    }
    const reply = toCachedReply(cached, request.headers.get('if-none-match'))
    return new Response(reply.body, { headers: reply.headers, status: reply.status })
  }
