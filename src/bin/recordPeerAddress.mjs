/**
 * Preloaded into the Next process by the launcher (NODE_OPTIONS=--import): every HTTP request's
 * X-Forwarded-For gets the address of the connection it came on appended, as a proxy appends
 * it. Next itself only fills the header when the client sent none, so without this a client
 * could name any address and dodge the rate limiter (src/rateLimit/identifyClient.ts).
 */
import http from 'node:http'

const emit = http.Server.prototype.emit

http.Server.prototype.emit = function emitWithPeerAddress(event, ...args) {
  const [request] = args
  if (event === 'request' && request?.socket?.remoteAddress) {
    const forwarded = request.headers['x-forwarded-for']
    const peer = request.socket.remoteAddress
    request.headers['x-forwarded-for'] = forwarded ? `${String(forwarded)}, ${peer}` : peer
  }
  return emit.call(this, event, ...args)
}
