import { headers } from 'next/headers'

/**
 * Where the site reads its data: SITE_GRAPHQL_URL when set (a site deployed apart from the
 * CMS), otherwise this app's own /api/graphql, on the host the request came to.
 */
const resolveGraphQLUrl = async (): Promise<string> => {
  if (process.env.SITE_GRAPHQL_URL) return process.env.SITE_GRAPHQL_URL
  const requestHeaders = await headers()
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost'
  const protocol = requestHeaders.get('x-forwarded-proto') ?? 'http'
  return `${protocol}://${host}/api/graphql`
}

/**
 * Runs one GraphQL query as an anonymous reader (published content only) and returns its data;
 * throws with the server's message when the query fails.
 */
export const fetchGraphQL = async <T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> => {
  const response = await fetch(await resolveGraphQLUrl(), {
    body: JSON.stringify({ query, variables }),
    // Always fresh here; a deployed site caches by the tags its revalidation webhook names.
    cache: 'no-store',
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const { data, errors } = (await response.json()) as {
    data?: T
    errors?: { message: string }[]
  }
  if (errors?.length || !data) {
    throw new Error(
      `GraphQL: ${errors?.map((error) => error.message).join('; ') ?? response.statusText}`,
    )
  }
  return data
}
