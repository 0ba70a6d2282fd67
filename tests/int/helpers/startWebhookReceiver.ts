import type { IncomingHttpHeaders, Server } from 'node:http'

import { createServer } from 'node:http'

/** What the receiver does with a request: answer with a status, or never answer. */
export type ReceiverReply = 'hang' | number

export type ReceivedRequest = {
  body: string
  headers: IncomingHttpHeaders
  /** Milliseconds since the epoch. */
  receivedAt: number
  reply: ReceiverReply
}

export type WebhookReceiver = {
  close: () => Promise<void>
  requests: ReceivedRequest[]
  url: string
}

/**
 * A real HTTP server on a free local port standing in for an office's website: it answers the
 * n-th request with `replies[n]` (the last reply once they run out) and records every request.
 */
export const startWebhookReceiver = async (replies: ReceiverReply[]): Promise<WebhookReceiver> => {
  const requests: ReceivedRequest[] = []
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const reply = replies[Math.min(requests.length, replies.length - 1)] ?? 200
      requests.push({
        body: Buffer.concat(chunks).toString('utf8'),
        headers: request.headers,
        receivedAt: Date.now(),
        reply,
      })
      if (reply === 'hang') return
      response.writeHead(reply, { 'content-type': 'application/json' })
      response.end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    requests,
    url: `http://127.0.0.1:${port}/revalidate`,
  }
}
