import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { OfficeContent } from './helpers/createOfficeContent'
import type { TestPayload } from './helpers/initTestPayload'
import { createOfficeContent } from './helpers/createOfficeContent'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

let testPayload: TestPayload
let content: OfficeContent

describe('drafts and versions', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    content = await createOfficeContent(testPayload.payload, {
      name: '石门二路街道',
      period: '2021-06',
    })
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should hide a draft article from the public', async () => {
    const { payload } = testPayload
    const draft = await payload.create({
      collection: 'articles',
      data: {
        _status: 'draft',
        issue: content.issue.id,
        office: content.office.id,
        title: '草稿文章',
      },
      draft: true,
    })
    const publicRead = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      where: { id: { equals: draft.id } },
    })
    expect(publicRead.totalDocs).toBe(0)
  })

  it('should show an article to the public once published', async () => {
    const { payload } = testPayload
    const draft = await payload.create({
      collection: 'articles',
      data: {
        _status: 'draft',
        issue: content.issue.id,
        office: content.office.id,
        title: '待发布文章',
      },
      draft: true,
    })
    await payload.update({ collection: 'articles', data: { _status: 'published' }, id: draft.id })
    const publicRead = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      where: { id: { equals: draft.id } },
    })
    expect(publicRead.docs.map((doc) => doc.title)).toEqual(['待发布文章'])
  })

  it('should keep the published text while a newer draft is edited', async () => {
    const { payload } = testPayload
    const article = content.articles[0]!
    await payload.update({
      collection: 'articles',
      data: { title: '修改中的标题' },
      draft: true,
      id: article.id,
    })
    const published = await payload.findByID({ collection: 'articles', id: article.id })
    const latestDraft = await payload.findByID({
      collection: 'articles',
      draft: true,
      id: article.id,
    })
    expect([published.title, latestDraft.title]).toEqual([article.title, '修改中的标题'])
  })

  it('should record a version for each save', async () => {
    const { payload } = testPayload
    const issue = content.issue
    await payload.update({ collection: 'issues', data: { issueNumber: 1 }, id: issue.id })
    await payload.update({ collection: 'issues', data: { issueNumber: 2 }, id: issue.id })
    const versions = await payload.findVersions({
      collection: 'issues',
      where: { parent: { equals: issue.id } },
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
  })
})
