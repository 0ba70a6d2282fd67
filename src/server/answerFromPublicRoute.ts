import type { IncomingMessage, ServerResponse } from 'node:http'

import { findPublicRoute } from '../site/publicRoutes'
import { limitApiGet, readAnonymousApiGet, writeResponse } from './nodeHttp'

/** Request headers a handler sees as Web Headers. */
const toHeaders = (request: IncomingMessage): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item)
  }
  return headers
}

/**
 * Answers an anonymous API GET by calling the app's route handler for it directly — the GraphQL
 * route or Payload's REST route, as Next loaded and registered them (registerPublicRoute) —
 * instead of through Next's routing, proxy and response streams. The proxy's only work on /api
 * is the rate limit, applied here the same way. False when the request is not an anonymous
 * GET or its route is not registered yet: Next handles it.
 */
export const answerFromPublicRoute = async (
  request: IncomingMessage,
  out: ServerResponse,
): Promise<boolean> => {
  const url = readAnonymousApiGet(request)
  if (url === null) return false
  const route = findPublicRoute(url.pathname)
  if (route === null) return false
  const limited = limitApiGet(request, url)
  const response =
    limited ??
    (await route.handler(new Request(url, { headers: toHeaders(request) }), {
      params: Promise.resolve(route.slug === undefined ? {} : { slug: route.slug }),
    }))
  await writeResponse(response, out)
  return true
}
