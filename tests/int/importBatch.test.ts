import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ImportOutcome } from '../../importers/bulletin/persist/importBulletinFile'
import type { BulletinSource } from '../../importers/bulletin/persist/importBulletinFiles'
import { importBulletinFile } from '../../importers/bulletin/persist/importBulletinFile'
import { importBulletinFiles } from '../../importers/bulletin/persist/importBulletinFiles'
import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

let testPayload: TestPayload
const seedText = async (name: string) =>
  (await readFile(path.resolve('seed/bulletins', name))).toString('utf8')
const linfenlu = '000_7295af650f1c2001.txt'
const otherOffice = '001_8b893cd6caee12a3.txt'

/** The January bulletin as a numbered issue of its office, as a later scan would print it. */
const numbered = (text: string, issueNumber: number) => `第${issueNumber}期\n\n${text}`

const source = (fileName: string, text: string | Uint8Array): BulletinSource => ({
  fileName,
  read: () => Promise.resolve(typeof text === 'string' ? Buffer.from(text) : text),
})

const statusesOf = (outcomes: ImportOutcome[]) => outcomes.map((outcome) => outcome.status)

describe('importing many files in batches', () => {
  let outcomes: ImportOutcome[] = []
  let issuesBefore = 0

  beforeAll(async () => {
    testPayload = await initTestPayload()
    const { payload } = testPayload
    const text = await seedText(linfenlu)
    // The office exists, so new issues of it can be written together.
    await importBulletinFile({ bytes: Buffer.from(text), fileName: linfenlu, payload })
    issuesBefore = (await payload.count({ collection: 'issues' })).totalDocs
    outcomes = await importBulletinFiles({
      files: [
        source('second.txt', numbered(text, 2)),
        source('scan.pdf', Buffer.from('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n')),
        source('again.txt', text),
        source('second-copy.txt', numbered(text, 2)),
        source('second-corrected.txt', numbered(text, 2).replace('隆重召开', '胜利召开')),
        source(otherOffice, await seedText(otherOffice)),
        source('third.txt', numbered(text, 3)),
      ],
      payload,
    })
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should report each file in order: new, refused, duplicate, repeat, correction, new office', () => {
    expect(statusesOf(outcomes)).toEqual([
      'succeeded',
      'failed',
      'skipped',
      'skipped',
      'updated',
      'succeeded',
      'succeeded',
    ])
    expect(outcomes[5]).toMatchObject({ officeCreated: expect.any(String) as string })
  })

  it('should create one issue per new file and update the corrected one in place', async () => {
    const { payload } = testPayload
    expect((await payload.count({ collection: 'issues' })).totalDocs - issuesBefore).toBe(3)
    const { docs } = await payload.find({
      collection: 'articles',
      draft: true,
      where: { title: { equals: '街道科学技术协会第一次代表大会胜利召开' } },
    })
    expect(docs).toHaveLength(1)
  })

  it('should record a run for every file, the refused one with its reason', async () => {
    const { payload } = testPayload
    const { docs } = await payload.find({
      collection: 'import-runs',
      limit: 20,
      sort: 'id',
      where: { fileName: { not_equals: linfenlu } },
    })
    expect(docs.map(({ fileName, status }) => [fileName, status])).toEqual(
      expect.arrayContaining([
        ['second.txt', 'succeeded'],
        ['scan.pdf', 'failed'],
        ['again.txt', 'skipped'],
        ['second-copy.txt', 'skipped'],
        ['second-corrected.txt', 'succeeded'],
        [otherOffice, 'succeeded'],
        ['third.txt', 'succeeded'],
      ]),
    )
    expect(docs.find(({ fileName }) => fileName === 'scan.pdf')?.error).toMatch(/PDF/)
  })

  it('should write the new issues of known offices together, in one statement', async () => {
    const { payload } = testPayload
    const { docs } = await payload.find({
      collection: 'import-runs',
      where: { fileName: { in: ['second.txt', 'third.txt', otherOffice] } },
    })
    const startedAt = (fileName: string) => docs.find((run) => run.fileName === fileName)?.startedAt
    expect(startedAt('second.txt')).toEqual(expect.any(String))
    expect(startedAt('second.txt')).toBe(startedAt('third.txt'))
    // A file whose office is new is imported alone, when its office is created.
    expect(startedAt(otherOffice)).not.toBe(startedAt('second.txt'))
  })

  it('should share the office’s people between the issues of a batch', async () => {
    const { payload } = testPayload
    const { docs } = await payload.find({
      collection: 'people',
      limit: 0,
      pagination: false,
      where: { name: { equals: '宋杰' } },
    })
    expect(docs).toHaveLength(1)
  })
})
