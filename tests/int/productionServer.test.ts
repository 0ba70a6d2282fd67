import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { CapturedOutput } from './helpers/captureOutput'
import { findFreePort } from '../../src/db/findFreePort'
import { buildProductionApp } from '../helpers/buildProductionApp'
import { captureOutput } from './helpers/captureOutput'

let scratchDir: string
let server: ChildProcess | undefined
let baseUrl: string
let captured: CapturedOutput

/**
 * The run's production build, made by the browser project's globalSetup before any file starts
 * (tests/browser/globalSetup.ts); unset when the browser project is not in the run.
 */
const sharedBuildDir = inject('productionBuildDir')
/** Where this file builds when the run has no shared build (the int project on its own). */
const distDir = sharedBuildDir ?? '.next-test-production'

const graphQLGet = (query: string) =>
  fetch(`${baseUrl}/api/graphql?query=${encodeURIComponent(query)}`)

/**
 * `npm run build && npm start` as a deployment runs them: a production build, then the launcher
 * (embedded PostgreSQL in a scratch folder here, migrations, seed) and the production server,
 * which answers anonymous API reads before Next (src/bin/serveNext.ts). The build is the run's
 * shared one when the browser tests made it: the same `npm run build`, made once.
 */
describe('npm run build && npm start', () => {
  beforeAll(async () => {
    scratchDir = await mkdtemp(path.join(tmpdir(), 'bulletin-start-'))
    await chmod(scratchDir, 0o755)
    const env = {
      ...process.env,
      DATABASE_URL: '',
      EMBEDDED_POSTGRES_DIR: path.join(scratchDir, 'postgres'),
      NEXT_DIST_DIR: distDir,
      NODE_ENV: 'production' as const,
      PAYLOAD_SECRET: 'production-server-test-secret',
    }
    if (!sharedBuildDir) await buildProductionApp({ distDir, env: process.env })
    const port = await findFreePort()
    baseUrl = `http://127.0.0.1:${port}`
    server = spawn(path.resolve('node_modules/.bin/tsx'), ['src/bin/start.ts'], {
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    captured = captureOutput(server)
    await captured.waitFor(/✓ Ready/, 240_000)
  }, 1_200_000)

  afterAll(async () => {
    if (server?.exitCode === null) server.kill('SIGKILL')
    await rm(scratchDir, { force: true, recursive: true })
    // The shared build is the browser project's to remove, once its files are done.
    if (!sharedBuildDir) await rm(distDir, { force: true, recursive: true })
  })

  it('should serve the admin in Chinese', async () => {
    const response = await fetch(`${baseUrl}/admin/login`)
    const html = await response.text()
    expect({ lang: /<html[^>]*lang="([^"]+)"/.exec(html)?.[1], status: response.status }).toEqual({
      lang: 'zh',
      status: 200,
    })
  })

  it('should answer the same anonymous GraphQL read again with the same ETag, and 304 to it', async () => {
    const query = '{ Offices(sort: "slug") { docs { slug name } } }'
    const first = await graphQLGet(query)
    const body = (await first.json()) as { data: { Offices: { docs: { slug: string }[] } } }
    expect(body.data.Offices.docs.map((office) => office.slug)).toHaveLength(5)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^".+"$/)
    const again = await graphQLGet(query)
    expect({
      cacheControl: again.headers.get('cache-control'),
      etag: again.headers.get('etag'),
    }).toEqual({ cacheControl: 'public, max-age=10, stale-while-revalidate=60', etag })
    const revalidated = await fetch(`${baseUrl}/api/graphql?query=${encodeURIComponent(query)}`, {
      headers: { 'if-none-match': etag ?? '' },
    })
    expect(revalidated.status).toBe(304)
  })

  it('should answer the site REST reads and 404 an unknown office', async () => {
    const offices = (await (await fetch(`${baseUrl}/api/offices?sort=slug&limit=1`)).json()) as {
      docs: { slug: string }[]
    }
    const office = offices.docs[0]?.slug ?? ''
    const archive = await fetch(`${baseUrl}/api/site/${office}/issues`)
    expect(archive.status).toBe(200)
    expect(((await archive.json()) as { office: { slug: string } }).office.slug).toBe(office)
    expect((await fetch(`${baseUrl}/api/site/no-such-office/issues`)).status).toBe(404)
  })

  it('should show drafts to a logged-in administrator only, never from the public cache', async () => {
    const password = captured.text().match(/Password \(shown once[^:]*\): (\S+)/)?.[1] ?? ''
    const login = await fetch(`${baseUrl}/api/users/login`, {
      body: JSON.stringify({ email: 'admin@example.com', password }),
      headers: { 'content-type': 'application/json', origin: baseUrl },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    const draftsUrl = `${baseUrl}/api/issues?draft=true&depth=0&limit=0`
    const anonymous = (await (await fetch(draftsUrl)).json()) as { totalDocs: number }
    const staff = (await (
      await fetch(draftsUrl, { headers: { authorization: `JWT ${token}` } })
    ).json()) as { totalDocs: number }
    const anonymousAgain = (await (await fetch(draftsUrl)).json()) as { totalDocs: number }
    expect({
      anonymous: anonymous.totalDocs,
      anonymousAgain: anonymousAgain.totalDocs,
      staff: staff.totalDocs,
    }).toEqual({ anonymous: 0, anonymousAgain: 0, staff: 5 })
  })

  it('should stop its database cleanly on Ctrl-C', async () => {
    const exited = new Promise<null | number>((resolve) => server?.on('exit', resolve))
    server?.kill('SIGINT')
    await exited
    expect(
      existsSync(path.join(scratchDir, 'postgres', 'postmaster.pid')),
      captured.text().slice(-3000),
    ).toBe(false)
  })
})
