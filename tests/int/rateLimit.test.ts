import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { findFreePort } from '../../src/db/findFreePort'
import { createTestDatabase } from './helpers/createTestDatabase'
import type { RunningLauncher } from './helpers/startLauncher'
import { startLauncher } from './helpers/startLauncher'

const loginLimit = 3
const apiLimit = 30
let app: RunningLauncher

const logIn = (headers: Record<string, string> = {}) =>
  fetch(`${app.baseUrl}/api/users/login`, {
    body: JSON.stringify({ email: 'admin@example.com', password: 'not-the-password' }),
    headers: { 'content-type': 'application/json', ...headers },
    method: 'POST',
  })

/** The rate limiter over real HTTP: `npm run dev` on a port, limits set low. */
describe('rate limits over HTTP', () => {
  beforeAll(async () => {
    const database = await createTestDatabase({
      prefix: inject('testDatabasePrefix'),
      serverUrl: inject('databaseServerUrl'),
    })
    app = await startLauncher({
      env: {
        DATABASE_URL: database.url,
        NEXT_DIST_DIR: '.next-test-rate-limit',
        PAYLOAD_SECRET: 'rate-limit-secret',
        RATE_LIMIT_API_PER_MINUTE: String(apiLimit),
        RATE_LIMIT_LOGIN_PER_MINUTE: String(loginLimit),
        SEED_BULLETINS: 'false',
      },
      port: await findFreePort(),
    })
    // The first request compiles the API route (tens of seconds), long enough to refill a
    // bucket: done before the limits are measured.
    await fetch(`${app.baseUrl}/api/offices?limit=1`)
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('should answer 429 with Retry-After once a client has spent its login attempts', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt <= loginLimit; attempt += 1) statuses.push((await logIn()).status)
    const limited = await logIn()
    expect([statuses, limited.status, Number(limited.headers.get('retry-after')) > 0]).toEqual([
      [401, 401, 401, 429],
      429,
      true,
    ])
  })

  it('should count a GraphQL login mutation against the same limit', async () => {
    const response = await fetch(`${app.baseUrl}/api/graphql`, {
      body: JSON.stringify({
        query: 'mutation { loginUser(email: "admin@example.com", password: "x") { token } }',
      }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(429)
  })

  it('should not let a client escape its limit by naming another address', async () => {
    const response = await logIn({ 'x-forwarded-for': '203.0.113.9' })
    expect(response.status).toBe(429)
  })

  it('should answer 429 to a client that exceeds the API limit', async () => {
    const statuses: number[] = []
    // Tokens come back at apiLimit per minute while the loop runs: bounded at twice the limit.
    while (statuses.length < 2 * apiLimit && statuses.at(-1) !== 429) {
      statuses.push((await fetch(`${app.baseUrl}/api/offices?limit=1`)).status)
    }
    expect([statuses[0], statuses.at(-1), statuses.length >= apiLimit - 1]).toEqual([
      200,
      429,
      true,
    ])
  })
})
