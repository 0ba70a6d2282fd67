type GraphQLResponse<T> = { data?: T; errors?: { message: string }[] }

/**
 * Sends a query through the app's real GraphQL route handler (the one Next serves at
 * /api/graphql), without a network hop.
 */
export const postGraphQL = async <T>(
  query: string,
  { token }: { token?: string } = {},
): Promise<GraphQLResponse<T>> => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  // Imported late: the config reads DATABASE_URL, which the test sets first.
  const { default: config } = await import('../../../src/payload.config')
  const request = new Request('http://localhost/api/graphql', {
    body: JSON.stringify({ query }),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    method: 'POST',
  })
  const response = await GRAPHQL_POST(config)(request)
  return (await response.json()) as GraphQLResponse<T>
}
