import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importBulletinFile } from '../../importers/bulletin/persist/importBulletinFile'
import type { SearchResults } from '../../src/search/searchArticles'
import { searchCountCap } from '../../src/search/searchArticles'
import type { OfficeContent } from './helpers/createOfficeContent'
import type { TestPayload } from './helpers/initTestPayload'
import { callRest } from './helpers/callRest'
import { createOfficeContent, toRichText } from './helpers/createOfficeContent'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'
import { postGraphQL } from './helpers/postGraphQL'

let testPayload: TestPayload
let pingliang: OfficeContent
let daning: OfficeContent

const search = async (query: string) => {
  const response = await callRest({ method: 'GET', path: `search?${query}` })
  return { body: (await response.json()) as SearchResults, status: response.status }
}

const titlesFound = async (query: string) => (await search(query)).body.docs.map((doc) => doc.title)

const createArticle = ({
  body,
  content,
  status,
  title,
}: {
  body: string
  content: OfficeContent
  status: 'draft' | 'published'
  title: string
}) =>
  testPayload.payload.create({
    collection: 'articles',
    data: {
      _status: status,
      body: toRichText([body]),
      issue: content.issue.id,
      office: content.office.id,
      title,
    },
    draft: status === 'draft',
  })

describe('search', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    pingliang = await createOfficeContent(testPayload.payload, {
      name: '平凉路街道',
      period: '2012-07',
    })
    daning = await createOfficeContent(testPayload.payload, {
      name: '大宁路街道',
      period: '2021-01',
    })
    await createArticle({
      body: '居民区开展垃圾分类宣传活动，志愿者在小区门口指导居民投放。',
      content: daning,
      status: 'published',
      title: '志愿者服务进社区',
    })
    await createArticle({
      body: '社区食堂即将开业，为老年人提供午餐。',
      content: daning,
      status: 'draft',
      title: '社区食堂草稿',
    })
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should find a published article by a Chinese word with its issue and office', async () => {
    const { body, status } = await search(`q=${encodeURIComponent('垃圾分类')}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ page: 1, totalDocs: 1, totalPages: 1 })
    expect(body.docs[0]).toMatchObject({
      issue: { id: daning.issue.id, period: '2021-01' },
      office: { id: daning.office.id, name: '大宁路街道', slug: daning.office.slug },
      slug: '志愿者服务进社区',
      title: '志愿者服务进社区',
    })
  })

  it('should mark the matched words in an escaped snippet', async () => {
    const { body } = await search(`q=${encodeURIComponent('垃圾分类')}`)
    expect(body.docs[0]?.snippet).toBe(
      '居民区开展<mark>垃圾分类</mark>宣传活动，志愿者在小区门口指导居民投放。',
    )
  })

  it('should match a word the segmenter splits differently through bigrams', async () => {
    // 科学技术协会代表大会 is segmented 科学技术 / 协会 / 代表大会: 术协 crosses two words.
    expect(await titlesFound(`q=${encodeURIComponent('术协会代')}`)).toEqual([
      '科学技术协会代表大会',
      '科学技术协会代表大会',
    ])
  })

  it('should never find a draft', async () => {
    expect(await titlesFound(`q=${encodeURIComponent('社区食堂')}`)).toEqual([])
  })

  it("should keep to one office's articles with office", async () => {
    const { body } = await search(
      `q=${encodeURIComponent('换届工作')}&office=${daning.office.slug ?? ''}`,
    )
    expect(body.docs.map((doc) => doc.office.name)).toEqual(['大宁路街道'])
    expect((await search(`q=${encodeURIComponent('换届工作')}`)).body.totalDocs).toBe(2)
  })

  it('should rank a title match above a body match', async () => {
    await createArticle({
      body: '本次会议听取了换届工作动员部署会的情况汇报。',
      content: pingliang,
      status: 'published',
      title: '街道工作例会',
    })
    const { body } = await search(
      `q=${encodeURIComponent('部署会')}&office=${pingliang.office.slug ?? ''}`,
    )
    expect(body.docs.map((doc) => doc.title)).toEqual(['换届工作动员部署会', '街道工作例会'])
    expect(body.docs[0]?.titleHighlight).toBe('换届工作动员<mark>部署会</mark>')
  })

  it('should page through the results', async () => {
    const { body } = await search(`q=${encodeURIComponent('第一段')}&limit=3&page=2`)
    expect(body).toMatchObject({ hasNextPage: false, hasPrevPage: true, limit: 3, page: 2 })
    expect([body.totalDocs, body.docs.length]).toEqual([4, 1])
    expect(body.isTotalDocsCapped).toBe(false)
  })

  it('should follow an article through draft, publish, unpublish and delete', async () => {
    const { payload } = testPayload
    const article = await createArticle({
      body: '街道举办迎新春书法展。',
      content: daning,
      status: 'published',
      title: '迎春展览',
    })
    await payload.update({
      collection: 'articles',
      data: { body: toRichText(['街道举办迎新春剪纸展。']) },
      draft: true,
      id: article.id,
    })
    expect([await titlesFound('q=书法'), await titlesFound('q=剪纸')]).toEqual([['迎春展览'], []])
    await payload.update({
      collection: 'articles',
      data: { _status: 'published', body: toRichText(['街道举办迎新春剪纸展。']) },
      id: article.id,
    })
    expect([await titlesFound('q=书法'), await titlesFound('q=剪纸')]).toEqual([[], ['迎春展览']])
    await payload.update({ collection: 'articles', data: { _status: 'draft' }, id: article.id })
    expect(await titlesFound('q=剪纸')).toEqual([])
    await payload.update({ collection: 'articles', data: { _status: 'published' }, id: article.id })
    expect(await titlesFound('q=剪纸')).toEqual(['迎春展览'])
    await payload.delete({ collection: 'articles', id: article.id })
    expect(await titlesFound('q=剪纸')).toEqual([])
  })

  it('should index nothing an import writes until an article is published', async () => {
    const { payload } = testPayload
    const fileName = '000_7295af650f1c2001.txt'
    const outcome = await importBulletinFile({
      bytes: await readFile(path.resolve('seed/bulletins', fileName)),
      fileName,
      payload,
    })
    const issueId = (outcome as { issueId: number }).issueId
    expect(await titlesFound(`q=${encodeURIComponent('居民区“两委”')}`)).toEqual([])
    const { docs } = await payload.find({
      collection: 'articles',
      draft: true,
      limit: 1,
      sort: 'position',
      where: { issue: { equals: issueId } },
    })
    const [first] = docs
    await payload.update({
      collection: 'articles',
      data: { _status: 'published' },
      id: first?.id ?? 0,
    })
    expect(await titlesFound(`q=${encodeURIComponent(first?.title ?? '')}`)).toEqual([first?.title])
  })

  it('should answer the same search over GraphQL', async () => {
    const { data, errors } = await postGraphQL<{
      searchArticles: { docs: { office: { name: string }; snippet: string; title: string }[] }
    }>(
      `{ searchArticles(q: "垃圾分类", office: "${daning.office.slug ?? ''}", limit: 5) { docs { title snippet office { name } } totalDocs } }`,
    )
    expect(errors).toBeUndefined()
    expect(data?.searchArticles.docs).toEqual([
      {
        office: { name: '大宁路街道' },
        snippet: '居民区开展<mark>垃圾分类</mark>宣传活动，志愿者在小区门口指导居民投放。',
        title: '志愿者服务进社区',
      },
    ])
  })

  it('should put an old title match first, then the newest, and cap the count', async () => {
    await createArticle({
      body: '桂花节筹备会召开。',
      content: pingliang,
      status: 'published',
      title: '桂花节',
    })
    for (let index = 1; index <= searchCountCap + 1; index++) {
      await createArticle({
        body: `第${index}场桂花节活动在居民区举行。`,
        content: pingliang,
        status: 'published',
        title: `社区活动${index}`,
      })
    }
    const { body } = await search(`q=${encodeURIComponent('桂花节')}&limit=3`)
    expect(body.docs.map((doc) => doc.title)).toEqual([
      '桂花节',
      `社区活动${searchCountCap + 1}`,
      `社区活动${searchCountCap}`,
    ])
    expect(body).toMatchObject({
      hasNextPage: true,
      isTotalDocsCapped: true,
      totalDocs: searchCountCap,
      totalPages: Math.ceil(searchCountCap / 3),
    })
  })

  it('should refuse a missing query, a bad limit and an unknown office with one line', async () => {
    const results = await Promise.all(
      ['office=x', 'q=会&limit=500', 'q=会&office=nowhere'].map(async (query) => {
        const { body, status } = await search(encodeURI(query))
        return [status, (body as unknown as { errors: { message: string }[] }).errors[0]?.message]
      }),
    )
    expect(results).toEqual([
      [400, 'q is required: the words to search for (搜索词不能为空)'],
      [400, 'limit must be a whole number from 1 to 50 (got "500")'],
      [404, 'no office with slug "nowhere"'],
    ])
  })
})
