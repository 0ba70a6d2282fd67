import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CapturedOutput } from './helpers/captureOutput'
import { findFreePort } from '../../src/db/findFreePort'
import { captureOutput } from './helpers/captureOutput'

let scratchDir: string
let server: ChildProcess
let baseUrl: string
let captured: CapturedOutput

/**
 * `npm run dev` as a newcomer runs it: its own embedded PostgreSQL (here in a scratch folder, so
 * a developer's running dev database is never touched), migrations, seed, then Next.
 */
describe('npm run dev', () => {
  beforeAll(async () => {
    scratchDir = await mkdtemp(path.join(tmpdir(), 'bulletin-dev-'))
    await chmod(scratchDir, 0o755)
    const port = await findFreePort()
    baseUrl = `http://127.0.0.1:${port}`
    const start = () => {
      server = spawn(path.resolve('node_modules/.bin/tsx'), ['src/bin/dev.ts'], {
        env: {
          ...process.env,
          DATABASE_URL: '',
          EMBEDDED_POSTGRES_DIR: path.join(scratchDir, 'postgres'),
          NEXT_DIST_DIR: '.next-test',
          PAYLOAD_SECRET: 'dev-server-test-secret',
          PORT: String(port),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      captured = captureOutput(server)
    }
    // A launch that prints nothing at all was seen, rarely, on a loaded machine: try once more.
    start()
    const isReady = await captured.waitFor(/Ready in/, 120_000).then(
      () => true,
      () => false,
    )
    if (!isReady) {
      server.kill('SIGKILL')
      start()
      await captured.waitFor(/Ready in/, 120_000)
    }
  })

  afterAll(async () => {
    if (server.exitCode === null) server.kill('SIGKILL')
    await rm(scratchDir, { force: true, recursive: true })
  })

  it('should print the generated first administrator password once', () => {
    expect(captured.text().match(/Password \(shown once[^:]*\): (\S+)/)?.[1]).toMatch(/^\S{12,}$/)
  })

  it('should serve the admin in Chinese', async () => {
    const response = await fetch(`${baseUrl}/admin`, { headers: { 'accept-language': 'en-US' } })
    const html = await response.text()
    expect({ lang: /<html[^>]*lang="([^"]+)"/.exec(html)?.[1], status: response.status }).toEqual({
      lang: 'zh',
      status: 200,
    })
    // The first /admin request compiles the admin (≈ 25 s on an idle machine, minutes on a busy one).
  }, 300_000)

  it('should answer GraphQL with the five seed offices', async () => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      body: JSON.stringify({ query: '{ Offices { totalDocs docs { name } } }' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const body = (await response.json()) as { data: { Offices: { docs: { name: string }[] } } }
    expect(body.data.Offices.docs.map((office) => office.name).sort()).toEqual(
      ['临汾路街道', '石门二路街道', '芷江西路街道', '平凉路街道', '张庙街道'].sort(),
    )
  })

  it('should import the seed bulletins as draft issues an administrator can read', async () => {
    const password = captured.text().match(/Password \(shown once[^:]*\): (\S+)/)?.[1] ?? ''
    const login = await fetch(`${baseUrl}/api/users/login`, {
      body: JSON.stringify({ email: 'admin@example.com', password }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    const issues = await fetch(`${baseUrl}/api/issues?draft=true&depth=0&limit=0`, {
      headers: { authorization: `JWT ${token}` },
    })
    const body = (await issues.json()) as { docs: { period: string }[] }
    expect(body.docs.map((issue) => issue.period).sort()).toEqual([
      '2012-07',
      '2021-01',
      '2021-01',
      '2021-06',
      '2021-07',
    ])
  })

  it('should stop its database cleanly on Ctrl-C', async () => {
    const exited = new Promise<null | number>((resolve) => server.on('exit', resolve))
    server.kill('SIGINT')
    await exited
    expect(existsSync(path.join(scratchDir, 'postgres', 'postmaster.pid'))).toBe(false)
  })
})
