import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importBulletinFile } from '../../importers/bulletin/persist/importBulletinFile'
import { rollbackImportRun } from '../../importers/bulletin/persist/rollbackImportRun'
import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

let testPayload: TestPayload
const seedFile = (name: string) => readFile(path.resolve('seed/bulletins', name))
const linfenlu = '000_7295af650f1c2001.txt'

const countAll = async () => {
  const { payload } = testPayload
  const counts = await Promise.all(
    (['issues', 'articles', 'people', 'departments', 'photos', 'offices'] as const).map(
      async (collection) => [collection, (await payload.count({ collection })).totalDocs] as const,
    ),
  )
  return Object.fromEntries(counts)
}

/** The January issue's article (a draft), not its namesake in the next year's issue. */
const findLinfenluArticle = async (title: string) =>
  (
    await testPayload.payload.find({
      collection: 'articles',
      draft: true,
      where: {
        and: [{ title: { equals: title } }, { 'provenance.sourceFile': { equals: linfenlu } }],
      },
    })
  ).docs[0]

describe('importing a bulletin', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should write nothing on a dry run', async () => {
    const before = await countAll()
    const outcome = await importBulletinFile({
      bytes: await seedFile(linfenlu),
      fileName: linfenlu,
      isDryRun: true,
      payload: testPayload.payload,
    })
    expect([outcome.status, await countAll()]).toEqual(['dry-run', before])
  })

  it('should import a bulletin as one draft issue with its articles in printed order', async () => {
    const { payload } = testPayload
    const outcome = await importBulletinFile({
      bytes: await seedFile(linfenlu),
      fileName: linfenlu,
      payload,
    })
    expect(outcome).toMatchObject({
      counts: { articles: 5 },
      officeCreated: '临汾路街道',
      status: 'succeeded',
    })
    const issueId = (outcome as { issueId: number }).issueId
    const issue = await payload.findByID({ collection: 'issues', draft: true, id: issueId })
    // Join fields are not filled on draft reads, so the articles are listed directly.
    const { docs: articles } = await payload.find({
      collection: 'articles',
      draft: true,
      sort: 'position',
      where: { issue: { equals: issueId } },
    })
    expect({
      period: issue.period,
      status: issue._status,
      titles: articles.map((article) => article.title),
    }).toEqual({
      period: '2021-01',
      status: 'draft',
      titles: [
        '街道召开 2021 年居民区“两委”换届工作动员部署会',
        '街道科学技术协会第一次代表大会隆重召开',
        '街道元旦春节安全检查',
        '街道武装部开展春季征兵相关工作',
        '爱让家庭越来越美好',
      ],
    })
  })

  it('should link the department, the people with their printed roles, and caption photos', async () => {
    const { docs } = await testPayload.payload.find({
      collection: 'articles',
      depth: 1,
      draft: true,
      where: { title: { equals: '街道召开 2021 年居民区“两委”换届工作动员部署会' } },
    })
    const article = docs[0]
    expect({
      department: typeof article?.department === 'object' && article?.department?.name,
      mentions: article?.mentions?.map((mention) => [
        typeof mention.person === 'object' && mention.person.name,
        mention.role,
      ]),
      paragraphLines: article?.provenance?.paragraphLines,
      photos: article?.photos?.map((photo) => typeof photo === 'object' && photo.caption),
      uploadNodes: (article?.body?.root.children ?? []).filter((node) => node.type === 'upload')
        .length,
    }).toEqual({
      department: '社区党建办',
      mentions: [
        ['宋杰', '街道党工委副书记'],
        ['厉蕾', '街道党工委书记'],
      ],
      // The fourth paragraph runs on past a photo caption (line 15) printed in its middle.
      paragraphLines: [[5], [7], [9], [11, 17, 19, 21], [23], [25], [27]],
      photos: ['会议现场'],
      uploadNodes: 1,
    })
  })

  it('should change nothing when the same file is imported again', async () => {
    const before = await countAll()
    const outcome = await importBulletinFile({
      bytes: await seedFile(linfenlu),
      fileName: 'renamed.txt',
      payload: testPayload.payload,
    })
    expect([outcome.status, await countAll()]).toEqual(['skipped', before])
  })

  it('should reuse the office’s people and departments for its next issue', async () => {
    const count = async () =>
      (
        await testPayload.payload.count({
          collection: 'people',
          where: { name: { equals: '宋杰' } },
        })
      ).totalDocs
    const peopleBefore = await count()
    const nextYear = (await seedFile(linfenlu)).toString('utf8').replaceAll('2021', '2022')
    const outcome = await importBulletinFile({
      bytes: Buffer.from(nextYear),
      fileName: 'next-year.txt',
      payload: testPayload.payload,
    })
    expect([outcome.status, peopleBefore, await count()]).toEqual(['succeeded', 1, 1])
  })

  it('should update an issue in place from a corrected OCR file, keeping staff edits', async () => {
    const { payload } = testPayload
    const edited = await findLinfenluArticle('街道科学技术协会第一次代表大会隆重召开')
    await payload.update({
      collection: 'articles',
      data: { title: '街道科协第一次代表大会召开' },
      draft: true,
      id: edited?.id ?? -1,
    })
    const issuesBefore = (await payload.count({ collection: 'issues' })).totalDocs
    const corrected = (await seedFile(linfenlu))
      .toString('utf8')
      .replace('街道元旦春节安全检查', '街道元旦春节安全大检查')
      .replace('第一次代表大会隆重召开', '第一次代表大会胜利召开')
    const outcome = await importBulletinFile({
      bytes: Buffer.from(corrected),
      fileName: 'corrected.txt',
      payload,
    })
    expect({
      issues: (await payload.count({ collection: 'issues' })).totalDocs - issuesBefore,
      keptTitle: (await findLinfenluArticle('街道科协第一次代表大会召开'))?.id === edited?.id,
      newTitle: (await findLinfenluArticle('街道元旦春节安全大检查')) !== undefined,
      outcome,
    }).toMatchObject({
      issues: 0,
      keptTitle: true,
      newTitle: true,
      outcome: {
        changedArticles: 1,
        keptEdits: [{ articleTitle: '街道科协第一次代表大会召开', field: 'title' }],
        status: 'updated',
      },
    })
  })

  it('should keep a body staff edited and update one they did not, from a second corrected file', async () => {
    const { payload } = testPayload
    const textOf = (body: unknown) => JSON.stringify(body)
    const edited = await findLinfenluArticle('街道武装部开展春季征兵相关工作')
    const staffBody: unknown = JSON.parse(textOf(edited?.body).replace('任务重', '任务繁重'))
    await payload.update({
      collection: 'articles',
      data: { body: staffBody as NonNullable<typeof edited>['body'] },
      draft: true,
      id: edited?.id ?? -1,
    })
    const corrected = (await seedFile(linfenlu))
      .toString('utf8')
      .replace('街道元旦春节安全检查', '街道元旦春节安全大检查')
      .replace('第一次代表大会隆重召开', '第一次代表大会胜利召开')
      .replace('时间紧、任务重', '时间紧、任务很重')
      .replace('应急值', '应急值守值')
    const outcome = await importBulletinFile({
      bytes: Buffer.from(corrected),
      fileName: 'corrected-again.txt',
      payload,
    })
    expect({
      editedBodyKeepsStaffText: textOf(
        (await findLinfenluArticle('街道武装部开展春季征兵相关工作'))?.body,
      ).includes('任务繁重'),
      outcome,
      updatedBodyHasCorrection: textOf(
        (await findLinfenluArticle('街道元旦春节安全大检查'))?.body,
      ).includes('应急值守值'),
    }).toMatchObject({
      editedBodyKeepsStaffText: true,
      outcome: {
        changedArticles: 1,
        // The title edited before is still kept; the body edited now is too.
        keptEdits: [
          { articleTitle: '街道科协第一次代表大会召开', field: 'title' },
          { articleTitle: '街道武装部开展春季征兵相关工作', field: 'paragraphs' },
        ],
        status: 'updated',
      },
      updatedBodyHasCorrection: true,
    })
  })

  it('should refuse a file that is not bulletin text, record the failed run and write nothing else', async () => {
    const before = await countAll()
    const outcome = await importBulletinFile({
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      fileName: 'scan.png',
      payload: testPayload.payload,
    })
    const { docs: runs } = await testPayload.payload.find({
      collection: 'import-runs',
      where: { fileName: { equals: 'scan.png' } },
    })
    expect([outcome.status, runs.map((run) => run.status), await countAll()]).toEqual([
      'failed',
      ['failed'],
      before,
    ])
  })

  it('should refuse an unknown office slug without writing the issue', async () => {
    const before = await countAll()
    const outcome = await importBulletinFile({
      bytes: await seedFile('001_8b893cd6caee12a3.txt'),
      fileName: '001.txt',
      officeSlug: 'no-such-office',
      payload: testPayload.payload,
    })
    expect([outcome, await countAll()]).toEqual([
      { error: 'there is no office with the slug "no-such-office"', status: 'failed' },
      before,
    ])
  })

  it('should roll back an import that created its office, leaving the database as before', async () => {
    const { payload } = testPayload
    const before = await countAll()
    const file = '002_69bcbdab80cbf23a.txt'
    await importBulletinFile({ bytes: await seedFile(file), fileName: file, payload })
    const { docs } = await payload.find({
      collection: 'import-runs',
      where: { fileName: { equals: file } },
    })
    const outcome = await rollbackImportRun({ payload, runId: docs[0]?.id ?? -1 })
    const run = await payload.findByID({ collection: 'import-runs', id: docs[0]?.id ?? -1 })
    expect([outcome.articles, run.status, await countAll()]).toEqual([5, 'rolledBack', before])
  })

  it('should keep the people a rolled-back import shares with other issues', async () => {
    const { payload } = testPayload
    const { docs } = await payload.find({
      collection: 'import-runs',
      where: { fileName: { equals: 'next-year.txt' } },
    })
    const issuesBefore = (await payload.count({ collection: 'issues' })).totalDocs
    await rollbackImportRun({ payload, runId: docs[0]?.id ?? -1 })
    const issuesAfter = (await payload.count({ collection: 'issues' })).totalDocs
    const songJie = (
      await payload.count({ collection: 'people', where: { name: { equals: '宋杰' } } })
    ).totalDocs
    expect([issuesBefore - issuesAfter, songJie]).toEqual([1, 1])
  })

  it('should refuse to roll back a run twice', async () => {
    const { docs } = await testPayload.payload.find({
      collection: 'import-runs',
      where: { fileName: { equals: 'next-year.txt' } },
    })
    await expect(
      rollbackImportRun({ payload: testPayload.payload, runId: docs[0]?.id ?? -1 }),
    ).rejects.toThrow(/only a succeeded import can be rolled back/)
  })

  it('should refuse to roll back an in-place update, which created nothing', async () => {
    const { docs } = await testPayload.payload.find({
      collection: 'import-runs',
      where: { fileName: { equals: 'corrected.txt' } },
    })
    await expect(
      rollbackImportRun({ payload: testPayload.payload, runId: docs[0]?.id ?? -1 }),
    ).rejects.toThrow(/has no record of what it created/)
  })
})
