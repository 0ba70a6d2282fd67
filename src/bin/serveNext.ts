import './recordPeerAddress.mjs'
import next from 'next'
import { createServer } from 'node:http'

import { answerFromPublicCache } from '../server/answerFromPublicCache'

/**
 * The production web server (`npm start` runs it once the database is ready): Next's request
 * handler behind node:http, with anonymous API reads already in the response cache answered
 * before they reach Next. PORT and HOSTNAME as for `next start`; NEXT_DIST_DIR names the build.
 */
const port = Number.parseInt(process.env.PORT ?? '3000', 10)
const hostname = process.env.HOSTNAME || undefined
const app = next({ dev: false, dir: process.cwd(), hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((request, response) => {
  answerFromPublicCache(request, response)
    .then((isAnswered) => (isAnswered ? undefined : handle(request, response)))
    .catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
      response.end('Internal Server Error')
    })
})
server.listen(port, hostname, () => {
  console.log(
    `▲ Next.js production server\n  - Local: http://${hostname ?? 'localhost'}:${port}\n✓ Ready`,
  )
})
const close = () => {
  server.close(() => process.exit(0))
  // Keep-alive clients are not waited for long.
  setTimeout(() => process.exit(0), 5000).unref()
}
process.on('SIGINT', close)
process.on('SIGTERM', close)
