import type { IncomingMessage, ServerResponse } from 'node:http'

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
