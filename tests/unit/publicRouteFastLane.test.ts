import type { AddressInfo } from 'node:net'

import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerFromPublicRoute } from '../../src/server/answerFromPublicRoute'
import { findPublicRoute, registerPublicRoute } from '../../src/site/publicRoutes'

/**
 * The production server calls a registered route's GET handler itself for anonymous API reads:
 * the catch-all gets the path's segments, other routes' paths stay theirs, credentials go to
 * Next.
 */
const seen: { params: unknown; url: string; via: string }[] = []
registerPublicRoute('/api/graphql', async (request, context) => {
  seen.push({ params: await context.params, url: request.url, via: 'graphql' })
  return Response.json({ data: { ok: true } })
})
registerPublicRoute(
  '/api/',
  async (request, context) => {
    seen.push({ params: await context.params, url: request.url, via: 'rest' })
    const headers = new Headers({ 'x-route': 'rest' })
    headers.append('set-cookie', 'a=1')
    headers.append('set-cookie', 'b=2')
    return new Response(JSON.stringify({ docs: [] }), { headers, status: 200 })
  },
  { except: ['/api/graphql', '/api/graphql-playground'] },
)

const server = createServer((request, response) => {
  void answerFromPublicRoute(request, response).then((isAnswered) => {
    if (!isAnswered) response.writeHead(200, { 'x-next': 'yes' }).end('next')
  })
})
let baseUrl = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('findPublicRoute', () => {
  it('prefers the exact route, gives the catch-all decoded segments and keeps exceptions', () => {
    expect(findPublicRoute('/api/graphql')?.slug).toBeUndefined()
    expect(findPublicRoute('/api/site/%E4%B8%B4%E6%B1%BE/issues')?.slug).toEqual([
      'site',
      '临汾',
      'issues',
    ])
    expect(findPublicRoute('/api/graphql-playground')).toBeNull()
    expect(findPublicRoute('/api/graphql-playground/x')).toBeNull()
    expect(findPublicRoute('/api/bad/%E4%B8')).toBeNull()
    expect(findPublicRoute('/admin')).toBeNull()
  })
})

describe('answerFromPublicRoute', () => {
  it('calls the route handler with the URL, the segments and every header it returns', async () => {
    const response = await fetch(`${baseUrl}/api/site/linfenlu/issues?year=2021`)
    expect(response.headers.get('x-next')).toBeNull()
    expect(response.headers.get('x-route')).toBe('rest')
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2'])
    expect(await response.json()).toEqual({ docs: [] })
    expect(seen.at(-1)).toMatchObject({
      params: { slug: ['site', 'linfenlu', 'issues'] },
      via: 'rest',
    })
    expect(seen.at(-1)?.url).toMatch(/\/api\/site\/linfenlu\/issues\?year=2021$/)
    await fetch(`${baseUrl}/api/graphql?query=%7B%20x%20%7D`)
    expect(seen.at(-1)).toMatchObject({ params: {}, via: 'graphql' })
  })

  it('leaves credentials, writes and pages outside the API to Next', async () => {
    const count = seen.length
    const answers = await Promise.all([
      fetch(`${baseUrl}/api/articles`, { headers: { cookie: 'payload-token=x' } }),
      fetch(`${baseUrl}/api/articles`, { headers: { authorization: 'users API-Key k' } }),
      fetch(`${baseUrl}/api/articles`, { body: '{}', method: 'POST' }),
      fetch(`${baseUrl}/admin`),
    ])
    for (const answer of answers) expect(answer.headers.get('x-next')).toBe('yes')
    expect(seen.length).toBe(count)
  })
})
