/** Which limit a request counts against, or none (the admin's pages, assets). */
export type RequestClass = 'api' | 'login' | null

const authAttemptPath =
  /^\/api\/[^/]+\/(login|forgot-password|reset-password|unlock|first-register)\/?$/
const graphQLPath = /^\/api\/graphql\/?$/
const graphQLAuthAttempt = /\b(login|forgotPassword|resetPassword|unlock)[A-Z]\w*\s*[({]/

/**
 * Logins (and password resets, unlocks) over REST or GraphQL count against the login limit;
 * every other REST or GraphQL request against the API limit.
 */
export const classifyRequest = ({
  body,
  method,
  pathname,
}: {
  body: null | string
  method: string
  pathname: string
}): RequestClass => {
  if (!pathname.startsWith('/api/')) return null
  if (method === 'POST' && authAttemptPath.test(pathname)) return 'login'
  if (method === 'POST' && graphQLPath.test(pathname) && body && graphQLAuthAttempt.test(body))
    return 'login'
  return 'api'
}
