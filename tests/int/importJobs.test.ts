import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importQueue } from '../../src/jobs/constants'
import { scanInbox } from '../../src/jobs/scanInbox'
import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

let testPayload: TestPayload
let inbox: string
const seed = (name: string) => path.resolve('seed/bulletins', name)

const runQueue = async () => {
  await testPayload.payload.jobs.run({ limit: 100, queue: importQueue })
}

describe('scheduled and uploaded imports', () => {
  beforeAll(async () => {
    inbox = await mkdtemp(path.join(tmpdir(), 'bulletin-inbox-'))
    await chmod(inbox, 0o755)
    process.env.IMPORT_INBOX = inbox
    process.env.RUN_JOBS_IN_APP = 'false'
    testPayload = await initTestPayload()
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
    await rm(inbox, { force: true, recursive: true })
  })

  it('should import inbox files, by inferred office or office folder, and file them away', async () => {
    await mkdir(path.join(inbox, 'zhangmiao'))
    await testPayload.payload.create({
      collection: 'offices',
      data: { name: '张庙街道', slug: 'zhangmiao' },
    })
    await copyFile(seed('000_7295af650f1c2001.txt'), path.join(inbox, 'linfenlu-2021-01.txt'))
    await copyFile(seed('004_d741e30b801ec085.txt'), path.join(inbox, 'zhangmiao', '2021-01.txt'))
    await writeFile(
      path.join(inbox, 'scan.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    )
    await testPayload.payload.jobs.queue({ input: {}, queue: importQueue, task: 'scanInbox' })
    await runQueue()
    await runQueue()
    const failedNames = await readdir(path.join(inbox, 'failed'))
    const failed = failedNames.map((name) => name.replace(/^[0-9a-f-]{36}--/u, ''))
    expect({
      failed: failed.sort(),
      issues: (await testPayload.payload.count({ collection: 'issues' })).totalDocs,
      processed: (await readdir(path.join(inbox, 'processed'))).length,
      processing: (await readdir(path.join(inbox, '.processing'))).length,
      reason: await readFile(
        path.join(inbox, 'failed', failedNames.find((name) => name.endsWith('.reason.txt')) ?? ''),
        'utf8',
      ),
    }).toEqual({
      failed: ['scan.png', 'scan.png.reason.txt'],
      issues: 2,
      processed: 2,
      processing: 0,
      reason: 'the file is a PNG image, not bulletin text\n',
    })
  })

  it('should let exactly one of two concurrent scans claim each file', async () => {
    const names = Array.from({ length: 20 }, (_, index) => `copy-${index}.txt`)
    await Promise.all(names.map((name) => writeFile(path.join(inbox, name), `第${name}期`)))
    const [first, second] = await Promise.all([
      scanInbox({ inbox, payload: testPayload.payload }),
      scanInbox({ inbox, payload: testPayload.payload }),
    ])
    expect([first + second, (await readdir(path.join(inbox, '.processing'))).length]).toEqual([
      20, 20,
    ])
  })

  it('should never use an inbox file name as a path', async () => {
    const { toSafeFileName } = await import('../../src/jobs/toSafeFileName')
    expect([
      toSafeFileName('../../etc/passwd'),
      toSafeFileName('/abs/x.txt'),
      toSafeFileName('a\u0000b.txt'),
      [...toSafeFileName('长'.repeat(500))].length,
    ]).toEqual(['passwd', 'x.txt', 'ab.txt', 120])
  })

  it('should import a bulletin uploaded to Import runs', async () => {
    const data = await readFile(seed('002_69bcbdab80cbf23a.txt'))
    const run = await testPayload.payload.create({
      collection: 'import-runs',
      data: { status: 'queued' },
      file: { data, mimetype: 'text/plain', name: 'zhijiangxilu.txt', size: data.length },
    })
    await runQueue()
    const done = await testPayload.payload.findByID({ collection: 'import-runs', id: run.id })
    expect([done.status, done.source, done.counts?.articles]).toEqual(['succeeded', 'upload', 5])
  })
})
