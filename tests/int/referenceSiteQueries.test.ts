import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteQueries } from '../../src/app/(site)/_lib/siteQueries'
import type { OfficeContent } from './helpers/createOfficeContent'
import type { TestPayload } from './helpers/initTestPayload'
import { createOfficeContent, toRichText } from './helpers/createOfficeContent'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

let testPayload: TestPayload
let content: OfficeContent

/** A query with variables through the app's real GraphQL route, as an anonymous reader. */
const runQuery = async <T>(query: string, variables: Record<string, unknown>) => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../src/payload.config')
  const response = await GRAPHQL_POST(config)(
    new Request('http://localhost/api/graphql', {
      body: JSON.stringify({ query, variables }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    }),
  )
  return (await response.json()) as { data?: T; errors?: { message: string }[] }
}

type Docs<T> = { docs: T[] }

describe("the reference site's GraphQL queries", () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    content = await createOfficeContent(testPayload.payload, {
      name: '平凉路街道',
      period: '2012-07',
    })
    await testPayload.payload.create({
      collection: 'articles',
      data: {
        _status: 'draft',
        body: toRichText(['尚未发布。']),
        issue: content.issue.id,
        office: content.office.id,
        title: '草稿文章',
      },
      draft: true,
    })
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should find the office by its slug', async () => {
    const { data, errors } = await runQuery<{ Offices: Docs<{ name: string }> }>(
      siteQueries.office,
      { slug: content.office.slug },
    )
    expect([errors, data?.Offices.docs.map((office) => office.name)]).toEqual([
      undefined,
      ['平凉路街道'],
    ])
  })

  it('should list the latest issue with its published articles in printed order', async () => {
    const { data, errors } = await runQuery<{
      Issues: Docs<{ articles: Docs<{ title: string }>; period: string }>
    }>(siteQueries.latestIssue, { office: content.office.id })
    expect(errors).toBeUndefined()
    expect(data?.Issues.docs.map((issue) => issue.period)).toEqual(['2012-07'])
    expect(data?.Issues.docs[0]?.articles.docs.map((article) => article.title)).toEqual([
      '科学技术协会代表大会',
      '换届工作动员部署会',
    ])
  })

  it('should read an issue and an article only within their office', async () => {
    const article = content.articles[0]
    const read = async (officeId: number | string) => {
      const [issue, found] = await Promise.all([
        runQuery<{ Issues: Docs<{ id: number }> }>(siteQueries.issue, {
          id: content.issue.id,
          office: officeId,
        }),
        runQuery<{ Articles: Docs<{ department: { name: string }; title: string }> }>(
          siteQueries.article,
          { id: article?.id, office: officeId },
        ),
      ])
      return [issue.data?.Issues.docs.length, found.data?.Articles.docs, found.errors]
    }
    expect(await read(content.office.id)).toEqual([
      1,
      [expect.objectContaining({ department: { name: '社区党建办' }, title: article?.title })],
      undefined,
    ])
    expect(await read(content.office.id + 1000)).toEqual([0, [], undefined])
  })

  it('should search the office with highlighted titles', async () => {
    const { data, errors } = await runQuery<{
      searchArticles: {
        docs: { titleHighlight: string }[]
        isTotalDocsCapped: boolean
        totalDocs: number
      }
    }>(siteQueries.search, { office: content.office.slug, q: '代表大会' })
    expect(errors).toBeUndefined()
    expect(data?.searchArticles).toEqual({
      docs: [expect.objectContaining({ titleHighlight: '科学技术协会<mark>代表大会</mark>' })],
      isTotalDocsCapped: false,
      totalDocs: 1,
    })
  })
})
