/**
 * Sends a request through the app's real REST route handler (the one Next serves at /api),
 * without a network hop.
 */
export const callRest = async ({
  body,
  method,
  path,
  token,
}: {
  /** Sent as JSON. */
  body?: unknown
  method: 'GET' | 'PATCH' | 'POST'
  path: string
  token?: string
}): Promise<Response> => {
  const routes = await import('@payloadcms/next/routes')
  // Imported late: the config reads DATABASE_URL, which the test sets first.
  const { default: config } = await import('../../../src/payload.config')
  const handler = { GET: routes.REST_GET, PATCH: routes.REST_PATCH, POST: routes.REST_POST }[
    method
  ](config)
  const request = new Request(`http://localhost/api/${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    method,
  })
  return handler(request, {
    params: Promise.resolve({ slug: path.split('?')[0]?.split('/') ?? [] }),
  })
}
