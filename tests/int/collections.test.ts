import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestPayload } from './helpers/initTestPayload'
import { createOfficeContent, toRichText } from './helpers/createOfficeContent'
import type { OfficeContent } from './helpers/createOfficeContent'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

let testPayload: TestPayload
let content: OfficeContent

describe('bulletin collections', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    content = await createOfficeContent(testPayload.payload, {
      name: '临汾路街道',
      period: '2021-01',
    })
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should create, read, update and delete an office', async () => {
    const { payload } = testPayload
    const office = await payload.create({ collection: 'offices', data: { name: '测试街道' } })
    expect(office.slug).toBe('测试街道')
    await payload.update({ collection: 'offices', data: { publication: '测试报' }, id: office.id })
    const read = await payload.findByID({ collection: 'offices', id: office.id })
    expect(read.publication).toBe('测试报')
    await payload.delete({ collection: 'offices', id: office.id })
    const { totalDocs } = await payload.count({
      collection: 'offices',
      where: { id: { equals: office.id } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should create, read, update and delete an issue, filling its title', async () => {
    const { payload } = testPayload
    const issue = await payload.create({
      collection: 'issues',
      data: {
        issueNumber: 2,
        office: content.office.id,
        period: '2021-03',
        publication: '平凉之窗',
        runningNumber: 45,
      },
    })
    expect(issue.title).toBe('平凉之窗 2021年3月 第2期（总第45期）')
    await payload.update({ collection: 'issues', data: { issueNumber: 3 }, id: issue.id })
    expect((await payload.findByID({ collection: 'issues', id: issue.id })).issueNumber).toBe(3)
    await payload.delete({ collection: 'issues', id: issue.id })
    expect(
      (await payload.count({ collection: 'issues', where: { id: { equals: issue.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('should refuse an issue whose period is not YYYY-MM', async () => {
    await expect(
      testPayload.payload.create({
        collection: 'issues',
        data: { office: content.office.id, period: '2021年1月' },
      }),
    ).rejects.toThrow(/period|出版年月/)
  })

  it('should create, read, update and delete an article with its relationships', async () => {
    const { payload } = testPayload
    const article = await payload.create({
      collection: 'articles',
      data: {
        authors: [content.people[0]!.id],
        body: toRichText(['正文。']),
        department: content.department.id,
        issue: content.issue.id,
        kind: 'brief',
        office: content.office.id,
        section: '短消息',
        title: '短消息一则',
      },
    })
    const read = await payload.findByID({ collection: 'articles', depth: 1, id: article.id })
    expect(read.department).toMatchObject({ name: '社区党建办' })
    expect(read.authors).toMatchObject([{ name: '宋杰' }])
    await payload.update({ collection: 'articles', data: { subtitle: '副题' }, id: article.id })
    expect((await payload.findByID({ collection: 'articles', id: article.id })).subtitle).toBe(
      '副题',
    )
    await payload.delete({ collection: 'articles', id: article.id })
    expect(
      (await payload.count({ collection: 'articles', where: { id: { equals: article.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('should create, read, update and delete a department with aliases', async () => {
    const { payload } = testPayload
    const department = await payload.create({
      collection: 'departments',
      data: { aliases: [{ alias: '党建办' }], name: '社区党建服务中心', office: content.office.id },
    })
    await payload.update({
      collection: 'departments',
      data: { name: '社区党群服务中心' },
      id: department.id,
    })
    const read = await payload.findByID({ collection: 'departments', id: department.id })
    expect(read).toMatchObject({ aliases: [{ alias: '党建办' }], name: '社区党群服务中心' })
    await payload.delete({ collection: 'departments', id: department.id })
    expect(
      (await payload.count({ collection: 'departments', where: { id: { equals: department.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('should create, read, update and delete a person', async () => {
    const { payload } = testPayload
    const person = await payload.create({
      collection: 'people',
      data: { name: '陈勇', office: content.office.id },
    })
    await payload.update({
      collection: 'people',
      data: { aliases: [{ alias: '陈 勇' }] },
      id: person.id,
    })
    expect((await payload.findByID({ collection: 'people', id: person.id })).aliases).toMatchObject(
      [{ alias: '陈 勇' }],
    )
    await payload.delete({ collection: 'people', id: person.id })
    expect(
      (await payload.count({ collection: 'people', where: { id: { equals: person.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('should create a photo from its caption alone, before the scan arrives', async () => {
    const { payload } = testPayload
    const photo = await payload.create({
      collection: 'photos',
      data: { article: content.articles[0]!.id, caption: '会议现场', office: content.office.id },
    })
    expect(photo.filename ?? null).toBeNull()
    await payload.update({ collection: 'photos', data: { alt: '会议现场照片' }, id: photo.id })
    expect((await payload.findByID({ collection: 'photos', id: photo.id })).alt).toBe(
      '会议现场照片',
    )
    await payload.delete({ collection: 'photos', id: photo.id })
    expect(
      (await payload.count({ collection: 'photos', where: { id: { equals: photo.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('should create, read, update and delete an import run', async () => {
    const { payload } = testPayload
    const run = await payload.create({
      collection: 'import-runs',
      data: { office: content.office.id, source: 'cli', status: 'queued' },
    })
    await payload.update({
      collection: 'import-runs',
      data: { counts: { articles: 7 }, issue: content.issue.id, status: 'succeeded' },
      id: run.id,
    })
    const read = await payload.findByID({ collection: 'import-runs', id: run.id })
    expect(read).toMatchObject({ counts: { articles: 7 }, status: 'succeeded' })
    await payload.delete({ collection: 'import-runs', id: run.id })
    expect(
      (await payload.count({ collection: 'import-runs', where: { id: { equals: run.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it("should list an issue's articles in printed order through its join field", async () => {
    const issue = await testPayload.payload.findByID({
      collection: 'issues',
      depth: 1,
      id: content.issue.id,
    })
    const titles = issue.articles?.docs?.map((article) =>
      typeof article === 'object' ? article.title : article,
    )
    expect(titles).toEqual(['科学技术协会代表大会', '换届工作动员部署会'])
  })

  it("should reach a department's articles through its join field", async () => {
    const department = await testPayload.payload.findByID({
      collection: 'departments',
      id: content.department.id,
    })
    expect(department.articles?.docs).toHaveLength(2)
  })

  it("should reach a person's mentions and authored articles through join fields", async () => {
    const person = await testPayload.payload.findByID({
      collection: 'people',
      id: content.people[0]!.id,
    })
    expect({
      authored: person.authored?.docs?.length,
      mentionedIn: person.mentionedIn?.docs?.length,
    }).toEqual({
      authored: 2,
      mentionedIn: 2,
    })
  })

  it('should keep the role printed in each article on the mention', async () => {
    const article = await testPayload.payload.findByID({
      collection: 'articles',
      depth: 1,
      id: content.articles[0]!.id,
    })
    expect(
      article.mentions?.map((mention) => [
        typeof mention.person === 'object' && mention.person.name,
        mention.role,
      ]),
    ).toEqual([
      ['宋杰', '街道党工委副书记'],
      ['厉蕾', '街道党工委书记'],
    ])
  })

  it('should keep authors in printed order', async () => {
    const article = await testPayload.payload.findByID({
      collection: 'articles',
      depth: 1,
      id: content.articles[0]!.id,
    })
    expect(article.authors?.map((author) => typeof author === 'object' && author.name)).toEqual([
      '厉蕾',
      '宋杰',
    ])
  })
})
