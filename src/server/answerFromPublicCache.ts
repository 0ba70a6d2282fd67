import type { IncomingMessage, ServerResponse } from 'node:http'

import { getProcessRateLimiter } from '../rateLimit/getProcessRateLimiter'
import { hasCredentials, toCachedReply, toPublicCacheKey } from '../site/cachedReply'
import { getPublicCaches } from '../site/publicCaches'
import { readHeader, writeResponse } from './nodeHttp'

/**
 * Answers an anonymous API GET from the in-process response cache — the same entries, ETags and
 * headers the cached routes (withPublicCaching) store and serve — before the request reaches
 * Next, where routing and the proxy cost more than the answer. The rate limit still applies.
 * False when the request is not such a read or nothing is cached for it: Next handles it.
 */
export const answerFromPublicCache = async (
  request: IncomingMessage,
  out: ServerResponse,
): Promise<boolean> => {
  if (request.method !== 'GET' || !request.url?.startsWith('/api/')) return false
  const credentials = {
    authorization: readHeader(request, 'authorization'),
    cookie: readHeader(request, 'cookie'),
  }
  if (hasCredentials(credentials)) return false
  // Parsed as Next parses it, so the key is the one the route stored under.
  const url = new URL(request.url, 'http://localhost')
  const cached = getPublicCaches().responses.get(toPublicCacheKey(`${url.pathname}${url.search}`))
  if (cached === undefined) return false
  const limited = getProcessRateLimiter()({
    body: null,
    forwardedFor: readHeader(request, 'x-forwarded-for'),
    method: 'GET',
    pathname: url.pathname,
  })
  if (limited) {
    await writeResponse(limited, out)
    return true
  }
  const reply = toCachedReply(cached, readHeader(request, 'if-none-match'))
  out.writeHead(reply.status, reply.headers.flat())
  out.end(reply.body === null ? undefined : Buffer.from(reply.body))
  return true
}
