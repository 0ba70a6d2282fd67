import type { IncomingMessage, ServerResponse } from 'node:http'

import { getProcessRateLimiter } from '../rateLimit/getProcessRateLimiter'
import { hasCredentials } from '../site/cachedReply'

/** A request header as one string (repeated ones joined), or null. */
export const readHeader = (request: IncomingMessage, name: string): null | string => {
  const value = request.headers[name]
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
}

/** Writes a Web Response to a Node response, Set-Cookie headers kept apart. */
export const writeResponse = async (response: Response, out: ServerResponse): Promise<void> => {
  const body = response.body === null ? null : Buffer.from(await response.arrayBuffer())
  const headers: [string, string][] = []
  for (const [name, value] of response.headers)
    if (name !== 'set-cookie') headers.push([name, value])
  for (const cookie of response.headers.getSetCookie()) headers.push(['set-cookie', cookie])
  out.writeHead(response.status, headers.flat())
  out.end(body ?? undefined)
}

/**
 * The URL of an anonymous API GET — no Authorization header, no Payload token cookie — which
 * the production server may answer without Next; null for any other request.
 */
export const readAnonymousApiGet = (request: IncomingMessage): null | URL => {
  if (request.method !== 'GET' || !request.url?.startsWith('/api/')) return null
  const credentials = {
    authorization: readHeader(request, 'authorization'),
    cookie: readHeader(request, 'cookie'),
  }
  if (hasCredentials(credentials)) return null
  return new URL(request.url, `http://${readHeader(request, 'host') ?? 'localhost'}`)
}

/** The process's API rate limit for this request: a 429 response when spent, else null. */
export const limitApiGet = (request: IncomingMessage, url: URL): null | Response =>
  getProcessRateLimiter()({
    body: null,
    forwardedFor: readHeader(request, 'x-forwarded-for'),
    method: 'GET',
    pathname: url.pathname,
  })
