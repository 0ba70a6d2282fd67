import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

import { getProcessRateLimiter } from './rateLimit/getProcessRateLimiter'

const languageCookie = 'payload-lng'
const defaultLanguage = 'zh'

/**
 * Street-office staff work in Chinese: the admin opens in Chinese unless the user picked another
 * language (Payload stores that choice in this cookie), whatever the browser's language.
 */
const openAdminInChinese = (request: NextRequest): NextResponse => {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  request.cookies.set(languageCookie, defaultLanguage)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(languageCookie, defaultLanguage, { path: '/', sameSite: 'lax' })
  return response
}

/** GraphQL bodies are read only to tell a login mutation from other queries. */
const readGraphQLBody = async (request: NextRequest): Promise<null | string> =>
  request.method === 'POST' && request.nextUrl.pathname.startsWith('/api/graphql')
    ? await request.clone().text()
    : null

/** Rate limits on /api (429 when spent); the admin's language on /admin. */
export async function proxy(request: NextRequest): Promise<NextResponse | Response> {
  const { pathname } = request.nextUrl
  if (!pathname.startsWith('/api/')) return openAdminInChinese(request)
  const limited = getProcessRateLimiter()({
    body: await readGraphQLBody(request),
    forwardedFor: request.headers.get('x-forwarded-for'),
    method: request.method,
    pathname,
  })
  return limited ?? NextResponse.next()
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
