export type ApiMethod = 'DELETE' | 'GET' | 'PATCH' | 'POST'

/** How a request authenticates: nothing, a login token, or a site's API key. */
export type ApiCredentials = { apiKey: string } | { token: string } | null

export type ApiAnswer = { status: number; text: string }

const toAuthorization = (credentials: ApiCredentials): Record<string, string> => {
  if (!credentials) return {}
  return 'token' in credentials
    ? { authorization: `JWT ${credentials.token}` }
    : { authorization: `users API-Key ${credentials.apiKey}` }
}

const loadRoutes = async () => {
  const routes = await import('@payloadcms/next/routes')
  // Imported late: the config reads DATABASE_URL, which the test sets first.
  const { default: config } = await import('../../../src/payload.config')
  return { config, routes }
}

/**
 * A request through the app's real REST route handlers (those Next serves at /api), with any
 * method, a JSON or multipart body and credentials, without a network hop.
 */
export const callApi = async ({
  body,
  credentials = null,
  headers = {},
  method,
  path,
}: {
  /** JSON-serialisable, or FormData for a multipart upload. */
  body?: unknown
  credentials?: ApiCredentials
  headers?: Record<string, string>
  method: ApiMethod
  path: string
}): Promise<ApiAnswer> => {
  const { config, routes } = await loadRoutes()
  const handlers = {
    DELETE: routes.REST_DELETE,
    GET: routes.REST_GET,
    PATCH: routes.REST_PATCH,
    POST: routes.REST_POST,
  }
  const isForm = body instanceof FormData
  const request = new Request(`http://localhost/api/${path}`, {
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    headers: {
      ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }),
      ...toAuthorization(credentials),
      ...headers,
    },
    method,
  })
  const response = await handlers[method](config)(request, {
    params: Promise.resolve({ slug: path.split('?')[0]?.split('/') ?? [] }),
  })
  return { status: response.status, text: await response.text() }
}

/** A GraphQL query or mutation through the app's real GraphQL route handler. */
export const callGraphQL = async ({
  credentials = null,
  query,
}: {
  credentials?: ApiCredentials
  query: string
}): Promise<ApiAnswer> => {
  const { config, routes } = await loadRoutes()
  const request = new Request('http://localhost/api/graphql', {
    body: JSON.stringify({ query }),
    headers: { 'content-type': 'application/json', ...toAuthorization(credentials) },
    method: 'POST',
  })
  const response = await routes.GRAPHQL_POST(config)(request)
  return { status: response.status, text: await response.text() }
}
