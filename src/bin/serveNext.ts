import './recordPeerAddress.mjs'
import next from 'next'
import { createServer } from 'node:http'

import { answerFromPublicCache } from '../server/answerFromPublicCache'
import { answerFromPublicRoute } from '../server/answerFromPublicRoute'

/**
 * The production web server (`npm start` runs it once the database is ready): Next's request
 * handler behind node:http. Anonymous API reads already in the response cache are answered
 * before they reach Next, and the other anonymous API reads go straight to their route's
 * handler once Next has loaded it (the routes register themselves): Next's routing, proxy and
 * streams cost more than most such answers. PORT as for `next start`; NEXT_DIST_DIR names the
 * build.
 */
const port = Number.parseInt(process.env.PORT ?? '3000', 10)
const app = next({ dev: false, dir: process.cwd(), port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((request, response) => {
  answerFromPublicCache(request, response)
    .then((isAnswered) => isAnswered || answerFromPublicRoute(request, response))
    .then((isAnswered) => (isAnswered ? undefined : handle(request, response)))
    .catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
      response.end('Internal Server Error')
    })
})
// Every interface, as `next start` listens by default.
server.listen(port, () => {
  console.log(`▲ Next.js production server\n  - Local: http://localhost:${port}\n✓ Ready`)
})
// As `next start` does: stop at once. The launcher stops an embedded database on the same
// signal, and requests still running would only meet closed connections.
const stop = () => {
  server.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
