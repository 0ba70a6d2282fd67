import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Issue, Office, User } from '../../src/payload-types'
import type { TestPayload } from './helpers/initTestPayload'
import { callRest } from './helpers/callRest'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

let testPayload: TestPayload
let office: Office
let editor: User
let editorToken: string

const password = 'a-long-test-password'

const createDraftIssue = (payload: Payload, period: string): Promise<Issue> =>
  payload.create({
    collection: 'issues',
    data: { _status: 'draft', office: office.id, period },
    draft: true,
  })

const createDraftArticle = (
  payload: Payload,
  { issue, position, title }: { issue: Issue; position: number; title: string },
) =>
  payload.create({
    collection: 'articles',
    data: { _status: 'draft', issue: issue.id, office: office.id, position, title },
    draft: true,
  })

/** Each article of an issue as the public reads it (published rows only). */
const publicTitles = async (payload: Payload, issue: Issue): Promise<string[]> => {
  const { docs } = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    sort: 'position',
    where: { issue: { equals: issue.id } },
  })
  return docs.map((doc) => doc.title)
}

describe('what street-office staff do in the admin', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    const { payload } = testPayload
    office = await payload.create({
      collection: 'offices',
      data: { district: '静安区', name: '彭浦新村街道' },
    })
    editor = await payload.create({
      collection: 'users',
      data: {
        email: 'editor@example.com',
        offices: [{ office: office.id }],
        password,
        roles: ['editor'],
      },
    })
    const login = await payload.login({
      collection: 'users',
      data: { email: 'editor@example.com', password },
    })
    editorToken = login.token ?? ''
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should publish every draft article, with its latest edits, when an editor publishes the issue', async () => {
    const { payload } = testPayload
    const issue = await createDraftIssue(payload, '2022-01')
    const first = await createDraftArticle(payload, { issue, position: 0, title: '初稿标题' })
    await createDraftArticle(payload, { issue, position: 1, title: '第二篇' })
    await payload.update({
      collection: 'articles',
      data: { title: '校对后的标题' },
      draft: true,
      id: first.id,
    })
    await payload.update({
      collection: 'issues',
      data: { _status: 'published' },
      id: issue.id,
      overrideAccess: false,
      user: editor,
    })
    expect(await publicTitles(payload, issue)).toEqual(['校对后的标题', '第二篇'])
  })

  it('should publish the articles when the issue is published over REST', async () => {
    const { payload } = testPayload
    const issue = await createDraftIssue(payload, '2022-02')
    await createDraftArticle(payload, { issue, position: 0, title: '经 REST 发布' })
    const response = await callRest({
      body: { _status: 'published' },
      method: 'PATCH',
      path: `issues/${issue.id}`,
      token: editorToken,
    })
    expect([response.status, await publicTitles(payload, issue)]).toEqual([200, ['经 REST 发布']])
  })

  it('should publish the articles when a script with no user publishes the issue', async () => {
    const { payload } = testPayload
    const issue = await createDraftIssue(payload, '2022-06')
    await createDraftArticle(payload, { issue, position: 0, title: '定时发布' })
    await payload.update({ collection: 'issues', data: { _status: 'published' }, id: issue.id })
    expect(await publicTitles(payload, issue)).toEqual(['定时发布'])
  })

  it('should publish nothing when one article cannot be published', async () => {
    const { payload } = testPayload
    const issue = await createDraftIssue(payload, '2022-03')
    await createDraftArticle(payload, { issue, position: 0, title: '可以发布' })
    // A draft may lack its title; publishing requires one, so this article fails validation.
    await payload.create({
      collection: 'articles',
      data: { _status: 'draft', issue: issue.id, office: office.id, position: 1 } as never,
      draft: true,
    })
    await expect(
      payload.update({
        collection: 'issues',
        data: { _status: 'published' },
        id: issue.id,
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'issues', id: issue.id })
    expect([stored._status, await publicTitles(payload, issue)]).toEqual(['draft', []])
  })

  it('should keep an article in "needs review" until every diagnostic is checked', async () => {
    const { payload } = testPayload
    const issue = await createDraftIssue(payload, '2022-04')
    const article = await payload.create({
      collection: 'articles',
      data: {
        _status: 'draft',
        diagnostics: [
          { level: 'warning', line: 3, message: '疑似识别错误' },
          { level: 'info', line: 5, message: '原文无标题' },
        ],
        issue: issue.id,
        office: office.id,
        title: '待校对文章',
      },
      draft: true,
    })
    const diagnostics = article.diagnostics ?? []
    const halfChecked = await payload.update({
      collection: 'articles',
      data: { diagnostics: diagnostics.map((row, index) => ({ ...row, isResolved: index === 0 })) },
      draft: true,
      id: article.id,
      overrideAccess: false,
      user: editor,
    })
    const checked = await payload.update({
      collection: 'articles',
      data: { diagnostics: diagnostics.map((row) => ({ ...row, isResolved: true })) },
      draft: true,
      id: article.id,
      overrideAccess: false,
      user: editor,
    })
    expect([article.needsReview, halfChecked.needsReview, checked.needsReview]).toEqual([
      true,
      true,
      false,
    ])
  })

  it('should re-point every reference to a merged person and keep its name as an alias', async () => {
    const { payload } = testPayload
    const [kept, duplicate] = await Promise.all(
      ['宋杰', '宋  杰'].map((name) =>
        payload.create({ collection: 'people', data: { name, office: office.id } }),
      ),
    )
    const issue = await createDraftIssue(payload, '2022-05')
    const article = await payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        authors: [kept!.id, duplicate!.id],
        issue: issue.id,
        mentions: [{ person: duplicate!.id, role: '科协主席' }],
        office: office.id,
        photographers: [duplicate!.id],
        title: '合并人物',
      },
    })
    // A newer draft names the duplicate too: drafts are re-pointed as well as published rows.
    await payload.update({
      collection: 'articles',
      data: { title: '合并人物（修改中）' },
      draft: true,
      id: article.id,
    })
    const photo = await payload.create({
      collection: 'photos',
      data: { caption: '活动现场', office: office.id, photographer: duplicate!.id },
    })
    const response = await callRest({
      body: { into: kept!.id },
      method: 'POST',
      path: `people/${duplicate!.id}/merge`,
      token: editorToken,
    })
    expect(response.status).toBe(200)
    const published = await payload.findByID({ collection: 'articles', depth: 0, id: article.id })
    const draft = await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: article.id,
    })
    const merged = await payload.findByID({ collection: 'people', id: kept!.id })
    const storedPhoto = await payload.findByID({ collection: 'photos', depth: 0, id: photo.id })
    const gone = await payload.find({
      collection: 'people',
      where: { id: { equals: duplicate!.id } },
    })
    expect({
      aliases: merged.aliases?.map((row) => row.alias),
      draft: [draft.authors, draft.photographers, draft.mentions?.map((row) => row.person)],
      gone: gone.totalDocs,
      photo: storedPhoto.photographer,
      published: [
        published.authors,
        published.photographers,
        published.mentions?.map((row) => row.person),
      ],
    }).toEqual({
      aliases: ['宋  杰'],
      draft: [[kept!.id], [kept!.id], [kept!.id]],
      gone: 0,
      photo: kept!.id,
      published: [[kept!.id], [kept!.id], [kept!.id]],
    })
  })

  it('should refuse to merge a department into itself with a clear message and change nothing', async () => {
    const { payload } = testPayload
    const department = await payload.create({
      collection: 'departments',
      data: { name: '社区管理办', office: office.id },
    })
    const response = await callRest({
      body: { into: department.id },
      method: 'POST',
      path: `departments/${department.id}/merge`,
      token: editorToken,
    })
    const body = (await response.json()) as { errors: { message: string }[] }
    const stored = await payload.findByID({ collection: 'departments', id: department.id })
    expect([response.status, body.errors[0]?.message, stored.name]).toEqual([
      400,
      '不能合并到自身，请选择另一个条目 (choose another entry)',
      '社区管理办',
    ])
  })
})
