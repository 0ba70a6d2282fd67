import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

const fileCount = 50
let testPayload: TestPayload
let inbox: string
const workers: ChildProcess[] = []

const startWorker = () =>
  spawn(path.resolve('node_modules/.bin/tsx'), ['src/bin/worker.ts'], {
    env: {
      ...process.env,
      IMPORT_INBOX: inbox,
      IMPORT_INBOX_CRON: '*/2 * * * * *',
      PAYLOAD_SECRET: 'two-workers-test',
      RUN_JOBS_IN_APP: 'false',
      WORKER_POLL_MS: '1000',
    },
    stdio: 'ignore',
  })

const waitFor = async (isDone: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !(await isDone())) {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}

const readFailureReasons = async () => {
  const failedDir = path.join(inbox, 'failed')
  const names = await readdir(failedDir).catch(() => [])
  return Promise.all(
    names
      .filter((name) => name.endsWith('.reason.txt'))
      .map((name) => readFile(path.join(failedDir, name), 'utf8')),
  )
}

/** Two `npm run worker` processes on one inbox of 50 different issues. */
describe('two workers sharing one inbox', () => {
  beforeAll(async () => {
    inbox = await mkdtemp(path.join(tmpdir(), 'bulletin-workers-'))
    await chmod(inbox, 0o755)
    testPayload = await initTestPayload()
    const seed = await readFile(path.resolve('seed/bulletins/000_7295af650f1c2001.txt'), 'utf8')
    // Fifty issues of one office: the same paper dated fifty different years.
    await Promise.all(
      Array.from({ length: fileCount }, (_, index) =>
        writeFile(
          path.join(inbox, `issue-${index}.txt`),
          seed.replaceAll('2021', String(2022 + index)),
        ),
      ),
    )
    process.env.DATABASE_URL = testPayload.database.url
    workers.push(startWorker(), startWorker())
    await waitFor(
      async () =>
        (await readdir(path.join(inbox, 'processed')).catch(() => [])).length >= fileCount,
      240_000,
    )
  })

  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGTERM')
    await destroyTestPayload(testPayload)
    await rm(inbox, { force: true, recursive: true })
  })

  it('should import each file exactly once', async () => {
    const { payload } = testPayload
    const runs = await payload.find({ collection: 'import-runs', limit: 0, pagination: false })
    expect({
      failureReasons: await readFailureReasons(),
      issues: (await payload.count({ collection: 'issues' })).totalDocs,
      processed: (await readdir(path.join(inbox, 'processed'))).length,
      succeededRuns: runs.docs.filter((run) => run.status === 'succeeded').length,
    }).toEqual({
      failureReasons: [],
      issues: fileCount,
      processed: fileCount,
      succeededRuns: fileCount,
    })
  })
})
