/**
 * The client a request counts against. The launcher makes every request's X-Forwarded-For end
 * with the address of the connection it arrived on (see src/bin/recordPeerAddress.mjs), so the
 * last entry is always the real peer. Behind `trustedProxyHops` proxies of our own (a load
 * balancer: 1), each appended the address it saw, and the client is that many entries further
 * left. Entries further left still were written by the client and are never believed.
 */
export const identifyClient = ({
  forwardedFor,
  trustedProxyHops,
}: {
  forwardedFor: null | string
  trustedProxyHops: number
}): string => {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '')
  if (hops.length === 0) return 'unknown'
  return hops[Math.max(0, hops.length - 1 - trustedProxyHops)] ?? 'unknown'
}
