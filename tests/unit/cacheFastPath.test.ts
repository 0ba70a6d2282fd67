import type { AddressInfo } from 'node:net'

import { createServer } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { answerFromPublicCache } from '../../src/server/answerFromPublicCache'
import { clearPublicCaches, configurePublicCaches } from '../../src/site/publicCaches'
import { withPublicCaching } from '../../src/site/withPublicCaching'

/**
 * The production server's fast path answers from the entries the cached routes store: the same
 * bytes and headers, 304 on the ETag, nothing for credentials or what is not cached.
 */
let routeCalls = 0
const route = withPublicCaching(
  (request: Request) => {
    routeCalls++
    const url = new URL(request.url)
    return Promise.resolve(
      Response.json(
        { path: url.pathname, q: url.searchParams.get('q') },
        { headers: { 'x-route': 'yes' } },
      ),
    )
  },
  { maxAgeSeconds: 7, staleWhileRevalidateSeconds: 30 },
)

/** A stand-in for Next: every request it gets goes to the cached route. */
const server = createServer((request, response) => {
  void answerFromPublicCache(request, response).then(async (isAnswered) => {
    if (isAnswered) return
    const headers = new Headers()
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === 'string') headers.set(name, value)
    const answer = await route(
      new Request(`http://localhost${request.url ?? '/'}`, { headers }),
      undefined,
    )
    response.writeHead(answer.status, { ...Object.fromEntries(answer.headers), 'x-next': 'yes' })
    response.end(Buffer.from(await answer.arrayBuffer()))
  })
})
let baseUrl = ''

beforeAll(async () => {
  configurePublicCaches({ maxEntries: 10, ttlSeconds: 60 })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  clearPublicCaches()
  routeCalls = 0
})

const path = `/api/graphql?query=${encodeURIComponent('{ siteIssue { title } }')}&q=${encodeURIComponent('垃圾分类')}`

describe('the production server answers cached anonymous reads itself', () => {
  it('serves a stored response with the same body, headers and ETag, without the route', async () => {
    const first = await fetch(`${baseUrl}${path}`)
    expect(first.headers.get('x-next')).toBe('yes')
    const body = await first.text()
    const second = await fetch(`${baseUrl}${path}`)
    expect(second.headers.get('x-next')).toBeNull()
    expect(await second.text()).toBe(body)
    expect(JSON.parse(body)).toEqual({ path: '/api/graphql', q: '垃圾分类' })
    for (const name of ['etag', 'cache-control', 'vary', 'x-route', 'content-type'])
      expect(second.headers.get(name)).toBe(first.headers.get(name))
    expect(second.headers.get('cache-control')).toBe('public, max-age=7, stale-while-revalidate=30')
    expect(routeCalls).toBe(1)
  })

  it('answers 304 to a matching If-None-Match', async () => {
    const etag = (await fetch(`${baseUrl}${path}`)).headers.get('etag') ?? ''
    const revalidated = await fetch(`${baseUrl}${path}`, { headers: { 'if-none-match': etag } })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('x-next')).toBeNull()
  })

  it('leaves requests with credentials, other methods and uncached paths to Next', async () => {
    await fetch(`${baseUrl}${path}`)
    const withToken = await fetch(`${baseUrl}${path}`, {
      headers: { cookie: 'payload-token=abc' },
    })
    const withKey = await fetch(`${baseUrl}${path}`, {
      headers: { authorization: 'users API-Key x' },
    })
    const other = await fetch(`${baseUrl}${path}&page=2`)
    for (const response of [withToken, withKey, other])
      expect(response.headers.get('x-next')).toBe('yes')
    expect(routeCalls).toBe(4)
  })

  it('stops serving an entry once the caches are cleared by a content change', async () => {
    await fetch(`${baseUrl}${path}`)
    clearPublicCaches()
    const after = await fetch(`${baseUrl}${path}`)
    expect(after.headers.get('x-next')).toBe('yes')
    expect(routeCalls).toBe(2)
  })

  it('counts its answers against the API rate limit of the client', async () => {
    const limiterKey = Symbol.for('payload-plugin-bulletin.rateLimiter')
    const holder = globalThis as Record<symbol, unknown>
    const saved = { limit: process.env.RATE_LIMIT_API_PER_MINUTE, limiter: holder[limiterKey] }
    delete holder[limiterKey]
    process.env.RATE_LIMIT_API_PER_MINUTE = '3'
    try {
      await fetch(`${baseUrl}${path}`)
      const statuses = []
      for (let request = 0; request < 4; request++)
        statuses.push((await fetch(`${baseUrl}${path}`)).status)
      expect(statuses).toEqual([200, 200, 200, 429])
    } finally {
      holder[limiterKey] = saved.limiter
      if (saved.limit === undefined) delete process.env.RATE_LIMIT_API_PER_MINUTE
      else process.env.RATE_LIMIT_API_PER_MINUTE = saved.limit
    }
  })
})
