import type { IncomingMessage, ServerResponse } from 'node:http'

import { toCachedReply, toPublicCacheKey } from '../site/cachedReply'
import { getPublicCaches } from '../site/publicCaches'
import { limitApiGet, readAnonymousApiGet, readHeader, writeResponse } from './nodeHttp'

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
  const url = readAnonymousApiGet(request)
  if (url === null) return false
  const cached = getPublicCaches().responses.get(toPublicCacheKey(`${url.pathname}${url.search}`))
  if (cached === undefined) return false
  const limited = limitApiGet(request, url)
  if (limited) {
    await writeResponse(limited, out)
    return true
  }
  const reply = toCachedReply(cached, readHeader(request, 'if-none-match'))
  out.writeHead(reply.status, reply.headers.flat())
  out.end(reply.body === null ? undefined : Buffer.from(reply.body))
  return true
}
