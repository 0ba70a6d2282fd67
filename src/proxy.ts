import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

const languageCookie = 'payload-lng'
const defaultLanguage = 'zh'

/**
 * Street-office staff work in Chinese: the admin opens in Chinese unless the user picked another
 * language (Payload stores that choice in this cookie), whatever the browser's language.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  request.cookies.set(languageCookie, defaultLanguage)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(languageCookie, defaultLanguage, { path: '/', sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
