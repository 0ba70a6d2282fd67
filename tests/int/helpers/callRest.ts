/**
 * Sends a request through the app's real REST route handler (the one Next serves at /api),
 * without a network hop.
 */
export const callRest = async ({
  method,
  path,
  token,
}: {
  method: 'GET' | 'POST'
  path: string
  token?: string
}): Promise<Response> => {
  const routes = await import('@payloadcms/next/routes')
  // Imported late: the config reads DATABASE_URL, which the test sets first.
  const { default: config } = await import('../../../src/payload.config')
  const handler = method === 'GET' ? routes.REST_GET(config) : routes.REST_POST(config)
  const request = new Request(`http://localhost/api/${path}`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
    method,
  })
  return handler(request, {
    params: Promise.resolve({ slug: path.split('?')[0]?.split('/') ?? [] }),
  })
}
