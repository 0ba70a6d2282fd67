import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { findFreePort } from '../../src/db/findFreePort'
import { revalidationQueue } from '../../src/jobs/constants'
import { createTestDatabase } from './helpers/createTestDatabase'
import type { RunningLauncher } from './helpers/startLauncher'
import { startLauncher } from './helpers/startLauncher'
import type { WebhookReceiver } from './helpers/startWebhookReceiver'
import { startWebhookReceiver } from './helpers/startWebhookReceiver'
import { withServerClient } from './helpers/withServerClient'

const issueCount = 12
let databaseUrl: string
let first: RunningLauncher
let second: RunningLauncher
let receiver: WebhookReceiver
let token: string

const api = async <T>(
  instance: RunningLauncher,
  path: string,
  { body, method = 'GET' }: { body?: unknown; method?: 'GET' | 'POST' } = {},
): Promise<T> => {
  const response = await fetch(`${instance.baseUrl}/api/${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method,
  })
  return (await response.json()) as T
}

const countPendingWebhookJobs = () =>
  withServerClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ count: string }>(
      'select count(*) from payload_jobs where queue = $1',
      [revalidationQueue],
    )
    return Number(rows[0]?.count)
  })

const waitFor = async (isDone: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !(await isDone())) {
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/**
 * Two `npm run dev` processes (migrations, seed, Next, jobs run in the app) on one PostgreSQL
 * database, as N stateless web instances behind a load balancer would be.
 */
describe('two app instances on one database', () => {
  beforeAll(async () => {
    databaseUrl = (
      await createTestDatabase({
        prefix: inject('testDatabasePrefix'),
        serverUrl: inject('databaseServerUrl'),
      })
    ).url
    receiver = await startWebhookReceiver([200])
    const env = (name: string) => ({
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: `.next-test-${name}`,
      PAYLOAD_SECRET: 'two-instances-secret',
      RUN_JOBS_IN_APP: 'true',
    })
    // The first applies migrations and seeds; the second finds both done, as in a rolling deploy.
    first = await startLauncher({ env: env('a'), port: await findFreePort() })
    second = await startLauncher({ env: env('b'), port: await findFreePort() })
    const password = first.output().match(/Password \(shown once[^:]*\): (\S+)/)?.[1] ?? ''
    const login = await fetch(`${first.baseUrl}/api/users/login`, {
      body: JSON.stringify({ email: 'admin@example.com', password }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    token = ((await login.json()) as { token: string }).token
  })

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop(), receiver?.close()])
  })

  it('should accept on one instance the session made by the other', async () => {
    const me = await api<{ user: null | { email: string } }>(second, 'users/me')
    expect(me.user?.email).toBe('admin@example.com')
  })

  it('should read through one instance what was written through the other', async () => {
    const { doc } = await api<{ doc: { id: number } }>(first, 'offices', {
      body: { name: '彭浦镇', revalidationWebhookUrl: receiver.url, slug: 'pengpu' },
      method: 'POST',
    })
    const read = await api<{ name: string; slug: string }>(second, `offices/${doc.id}`)
    expect({ name: read.name, slug: read.slug }).toEqual({ name: '彭浦镇', slug: 'pengpu' })
  })

  it('should run each queued job exactly once while both instances run jobs', async () => {
    const { docs } = await api<{ docs: { id: number }[] }>(
      second,
      'offices?where[slug][equals]=pengpu',
    )
    const officeId = docs[0]?.id
    const issueIds: number[] = []
    for (let index = 0; index < issueCount; index += 1) {
      const instance = index % 2 === 0 ? first : second
      const { doc } = await api<{ doc: { id: number } }>(instance, 'issues', {
        body: { _status: 'published', office: officeId, period: `20${10 + index}-01` },
        method: 'POST',
      })
      issueIds.push(doc.id)
    }
    await waitFor(
      async () => receiver.requests.length >= issueCount && (await countPendingWebhookJobs()) === 0,
      120_000,
    )
    // Both instances poll every 2 s: a job run twice would arrive within a few more ticks.
    await new Promise((resolve) => setTimeout(resolve, 6_000))
    const issuePaths = receiver.requests.flatMap((request) =>
      (JSON.parse(request.body) as { paths: string[] }).paths.filter((path) =>
        path.startsWith('/pengpu/issues/'),
      ),
    )
    expect({ deliveries: receiver.requests.length, issuePaths: issuePaths.sort() }).toEqual({
      deliveries: issueCount,
      issuePaths: issueIds.map((id) => `/pengpu/issues/${id}`).sort(),
    })
  })
})
