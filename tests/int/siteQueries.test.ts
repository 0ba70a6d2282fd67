import type { Payload } from 'payload'

import pg from 'pg'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Article, Person } from '../../src/payload-types'
import type { OfficeContent } from './helpers/createOfficeContent'
import type { TestPayload } from './helpers/initTestPayload'
import { cacheClearChannel, listenForCacheClears } from '../../src/site/cacheClearChannel'
import { clearPublicCaches, getPublicCaches } from '../../src/site/publicCaches'
import { withPublicCaching } from '../../src/site/withPublicCaching'
import { withSiteGraphQL } from '../../src/site/withSiteGraphQL'
import { countStatements } from './helpers/countStatements'
import { createOfficeContent, toRichText } from './helpers/createOfficeContent'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'
import { postGraphQL } from './helpers/postGraphQL'

let testPayload: TestPayload
let content: OfficeContent
let officeSlug: string
let issueSlug: string

type SiteIssue = {
  articles: { department: null | { name: string }; kind: string; slug: string; title: string }[]
  office: { name: string }
  slug: string
}

type SiteArticle = {
  authors: { name: string }[]
  body: unknown
  department: { name: string }
  mentions: { person: { name: string }; role: string }[]
  title: string
}

type SiteList = {
  articles: {
    docs: { roles: null | string[]; title: string }[]
    hasNextPage: boolean
    totalDocs: number
  }
  name: string
}

/** The app's REST GET as the route serves it: Payload's handler behind withPublicCaching. */
const getRest = async (path: string, headers: Record<string, string> = {}) => {
  const routes = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../src/payload.config')
  const handler = withPublicCaching(routes.REST_GET(config))
  return handler(new Request(`http://localhost/api/${path}`, { headers }), {
    params: Promise.resolve({ slug: path.split('?')[0]?.split('/') ?? [] }),
  })
}

/** The app's GraphQL POST route: site-only queries on the fast path, the rest to Payload. */
const postSiteGraphQL = async (query: string, variables?: Record<string, unknown>) => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../src/payload.config')
  const request = new Request('http://localhost/api/graphql', {
    body: JSON.stringify({ query, variables }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const response = await withSiteGraphQL(GRAPHQL_POST(config), config)(request, undefined)
  return (await response.json()) as {
    data?: Record<string, unknown>
    errors?: { message: string }[]
  }
}

/** The app's GraphQL GET route: a query in the URL, behind withPublicCaching. */
const getGraphQL = async (query: string, headers: Record<string, string> = {}) => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../src/payload.config')
  const url = `http://localhost/api/graphql?query=${encodeURIComponent(query)}`
  return withPublicCaching(withSiteGraphQL(GRAPHQL_POST(config), config))(
    new Request(url, { headers }),
    undefined,
  )
}

const issueQuery = (office: string, issue: string) =>
  `{ siteIssue(office: "${office}", issue: "${issue}") { slug office { name } articles { title slug kind department { name } } } }`

const createPublishedArticle = (
  payload: Payload,
  data: Partial<Article> & { position: number; title: string },
) =>
  payload.create({
    collection: 'articles',
    data: {
      _status: 'published',
      body: toRichText([`${data.title}。`]),
      issue: content.issue.id,
      office: content.office.id,
      ...data,
    },
  })

describe('site queries', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    content = await createOfficeContent(testPayload.payload, {
      name: '临汾路街道',
      period: '2021-01',
    })
    officeSlug = content.office.slug ?? ''
    issueSlug = content.issue.slug ?? ''
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  beforeEach(() => {
    clearPublicCaches()
  })

  it('should give issues, articles and people slugs unique within the office', async () => {
    const { payload } = testPayload
    expect(issueSlug).toBe('2021-01')
    const again = await payload.create({
      collection: 'issues',
      data: { _status: 'draft', issueNumber: 3, office: content.office.id, period: '2021-01' },
    })
    expect(again.slug).toBe('2021-01-3')
    const first = content.articles[0] as Article
    const namesake = await payload.create({
      collection: 'articles',
      data: { issue: again.id, office: content.office.id, title: first.title },
    })
    expect(namesake.slug).toBe(`${first.slug}-2021-01-3`)
    const person = await payload.create({
      collection: 'people',
      data: { name: '宋杰', office: content.office.id },
    })
    expect(person.slug).toBe('宋杰-2')
    const renamed = await payload.update({
      collection: 'articles',
      data: { title: '改过的标题' },
      id: namesake.id,
    })
    expect(renamed.slug).toBe(namesake.slug)
    await payload.delete({ collection: 'articles', id: namesake.id })
    await payload.delete({ collection: 'people', id: person.id })
    await payload.delete({ collection: 'issues', id: again.id })
  })

  it('should look an article up by office, issue and article slug over REST and GraphQL', async () => {
    const article = content.articles[0] as Article
    const path = `site/${officeSlug}/issues/${issueSlug}/articles/${article.slug}`
    const response = await getRest(path)
    expect(response.status).toBe(200)
    const rest = (await response.json()) as SiteArticle
    expect(rest.title).toBe(article.title)
    expect(rest.department.name).toBe('社区党建办')
    expect(rest.body).toEqual(article.body)
    const { data } = await postGraphQL<{ siteArticle: SiteArticle }>(
      `{ siteArticle(office: "${officeSlug}", issue: "${issueSlug}", article: "${article.slug}") { title body department { id slug name } authors { id slug name } mentions { person { id slug name } role } } }`,
    )
    expect(data?.siteArticle).toEqual({
      authors: rest.authors,
      body: rest.body,
      department: rest.department,
      mentions: rest.mentions,
      title: rest.title,
    })
    expect(
      (await getRest(`site/${officeSlug}/issues/1999-01/articles/${article.slug}`)).status,
    ).toBe(404)
    const badPage = await getRest(`site/${officeSlug}/people/宋杰?page=0`)
    expect(badPage.status).toBe(400)
    expect(await badPage.json()).toEqual({
      errors: [{ message: 'page must be a whole number from 1 up, not "0"' }],
    })
  })

  it('should list an issue’s published articles in printed order, without drafts', async () => {
    const draft = await testPayload.payload.create({
      collection: 'articles',
      data: {
        _status: 'draft',
        issue: content.issue.id,
        office: content.office.id,
        position: 0,
        title: '未发布的稿件',
      },
      draft: true,
    })
    const { data } = await postGraphQL<{ siteIssue: SiteIssue; siteLatestIssue: SiteIssue }>(
      `{ siteIssue(office: "${officeSlug}", issue: "${issueSlug}") { slug office { name } articles { title kind department { name } } }
         siteLatestIssue(office: "${officeSlug}") { slug } }`,
    )
    expect(data?.siteIssue.office.name).toBe('临汾路街道')
    expect(data?.siteIssue.articles.map((article) => article.title)).toEqual([
      '科学技术协会代表大会',
      '换届工作动员部署会',
    ])
    expect(data?.siteLatestIssue.slug).toBe(issueSlug)
    await testPayload.payload.delete({ collection: 'articles', id: draft.id })
  })

  it('should keep bylines in printed order when their people were already loaded in the request', async () => {
    const [first, second] = content.people as [Person, Person]
    // The seed articles credit [second, first]; this one credits [first, second], asked after.
    const article = await createPublishedArticle(testPayload.payload, {
      authors: [first.id, second.id],
      position: 9,
      title: '署名顺序',
    })
    const slugOf = (index: number) => (content.articles[index] as Article).slug
    const { data } = await postGraphQL<Record<string, SiteArticle>>(
      `{ a: siteArticle(office: "${officeSlug}", issue: "${issueSlug}", article: "${slugOf(0)}") { authors { name } }
         b: siteArticle(office: "${officeSlug}", issue: "${issueSlug}", article: "${article.slug}") { authors { name } }
         c: siteArticle(office: "${officeSlug}", issue: "${issueSlug}", article: "${slugOf(1)}") { authors { name } } }`,
    )
    expect(data?.a?.authors.map((author) => author.name)).toEqual(['厉蕾', '宋杰'])
    expect(data?.b?.authors.map((author) => author.name)).toEqual(['宋杰', '厉蕾'])
    expect(data?.c?.authors.map((author) => author.name)).toEqual(['厉蕾', '宋杰'])
    await testPayload.payload.delete({ collection: 'articles', id: article.id })
  })

  it('should read a list in the same number of statements whatever its page size', async () => {
    const { payload } = testPayload
    const [first] = content.people as [Person]
    const created: number[] = []
    for (let position = 10; position < 40; position++) {
      const article = await createPublishedArticle(payload, {
        department: content.department.id,
        mentions: [{ person: first.id, role: `第${position}任主任` }],
        position,
        title: `列表文章${position}`,
      })
      created.push(article.id)
    }
    const person = (limit: number) =>
      postGraphQL<{ sitePerson: SiteList }>(
        `{ sitePerson(office: "${officeSlug}", person: "${first.slug}", limit: ${limit}) { name articles { totalDocs hasNextPage docs { title roles } } } }`,
      )
    const small = await countStatements(() => person(2))
    clearPublicCaches()
    const large = await countStatements(() => person(30))
    expect(small.result.data?.sitePerson.articles.docs).toHaveLength(2)
    expect(large.result.data?.sitePerson.articles.docs).toHaveLength(30)
    expect(large.result.data?.sitePerson.articles.totalDocs).toBe(32)
    expect(large.result.data?.sitePerson.articles.docs[0]?.roles).toEqual(['街道党工委副书记'])
    expect(small.statements).toBeGreaterThan(0)
    expect(large.statements).toBe(small.statements)
    expect(large.statements).toBeLessThanOrEqual(1)
    const department = (limit: number) =>
      countStatements(() =>
        getRest(`site/${officeSlug}/departments/${content.department.slug}?limit=${limit}`),
      )
    const [few, many] = [await department(1), await department(32)]
    expect(((await many.result.json()) as SiteList).articles.docs).toHaveLength(32)
    expect(few.statements).toBeGreaterThan(0)
    expect(many.statements).toBe(few.statements)
    const issue = await countStatements(() => getRest(`site/${officeSlug}/issues/${issueSlug}`))
    expect(((await issue.result.json()) as SiteIssue).articles).toHaveLength(32)
    expect(issue.statements).toBe(few.statements)
    for (const id of created) await payload.delete({ collection: 'articles', id })
  })

  it('should show a published edit at once but not a draft save', async () => {
    const { payload } = testPayload
    const article = content.articles[1] as Article
    const titles = async () => {
      const response = await getGraphQL(issueQuery(officeSlug, issueSlug))
      const { data } = (await response.json()) as { data: { siteIssue: SiteIssue } }
      return data.siteIssue.articles.map((listed) => listed.title)
    }
    expect(await titles()).toContain(article.title)
    await payload.update({
      collection: 'articles',
      data: { title: '草稿里的新标题' },
      draft: true,
      id: article.id,
    })
    expect(await titles()).toContain(article.title)
    await payload.update({
      collection: 'articles',
      data: { _status: 'published', title: '已发布的新标题' },
      id: article.id,
    })
    expect(await titles()).toContain('已发布的新标题')
    const added = await createPublishedArticle(payload, { position: 5, title: '新发布的文章' })
    expect(await titles()).toContain('新发布的文章')
    await payload.update({
      collection: 'articles',
      data: { _status: 'draft' },
      id: added.id,
    })
    expect(await titles()).not.toContain('新发布的文章')
    await payload.delete({ collection: 'articles', id: added.id })
  })

  it('should answer an unchanged anonymous read with 304 and never cache an authenticated one', async () => {
    const path = `site/${officeSlug}/issues/${issueSlug}`
    const first = await getRest(path)
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^".+"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=10, stale-while-revalidate=60')
    const again = await getRest(path, { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const graphQL = await getGraphQL(issueQuery(officeSlug, issueSlug))
    const graphQLEtag = graphQL.headers.get('etag') ?? ''
    expect(graphQL.status).toBe(200)
    expect(
      (await getGraphQL(issueQuery(officeSlug, issueSlug), { 'if-none-match': graphQLEtag }))
        .status,
    ).toBe(304)
    const { payload } = testPayload
    const user = await payload.create({
      collection: 'users',
      data: {
        email: 'site-editor@example.com',
        password: 'a-long-test-password',
        roles: ['admin'],
      },
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'a-long-test-password' },
    })
    const authenticated = await getRest(path, {
      authorization: `JWT ${token ?? ''}`,
      'if-none-match': etag,
    })
    expect(authenticated.status).toBe(200)
    expect(authenticated.headers.get('cache-control') ?? '').not.toContain('public')
    expect(authenticated.headers.get('etag')).toBeNull()
    await payload.update({
      collection: 'articles',
      data: { excerpt: '改过的摘要' },
      id: (content.articles[0] as Article).id,
    })
    const changed = await getRest(path, { 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })

  it('should tell the other instances over PostgreSQL once a published change commits', async () => {
    const listener = new pg.Client({ connectionString: testPayload.database.url })
    await listener.connect()
    await listener.query(`listen ${cacheClearChannel}`)
    const notified = new Promise<string | undefined>((resolve) =>
      listener.once('notification', (message: pg.Notification) => resolve(message.payload)),
    )
    await testPayload.payload.update({
      collection: 'articles',
      data: { excerpt: '又改过的摘要' },
      id: (content.articles[1] as Article).id,
    })
    expect(await notified).toBe(officeSlug)
    await listener.end()
  })

  it('should clear its caches when another instance says so', async () => {
    const listening = listenForCacheClears(testPayload.database.url)
    const sender = new pg.Client({ connectionString: testPayload.database.url })
    await sender.connect()
    const caches = getPublicCaches()
    const deadline = Date.now() + 10_000
    let isCleared = false
    while (!isCleared && Date.now() < deadline) {
      caches.siteQueries.set('filled', { title: 'cached' })
      await sender.query('select pg_notify($1, $2)', [cacheClearChannel, 'elsewhere'])
      await new Promise((resolve) => setTimeout(resolve, 200))
      isCleared = caches.siteQueries.get('filled') === undefined
    }
    expect(isCleared).toBe(true)
    await sender.end()
    await listening.stop()
  })

  it('should answer site-only GraphQL on its fast path exactly as Payload’s handler does', async () => {
    const article = content.articles[0] as Article
    const fields = (office: string, issue: string, slug: string) => `
      siteIssue(office: ${office}, issue: ${issue}) { slug title office { name } articles { slug title department { name } firstPhoto { url } } }
      siteArticle(office: ${office}, issue: ${issue}, article: ${slug}) { title body authors { name } mentions { person { slug } role } }
      sitePerson(office: ${office}, person: "宋杰", limit: 1) { name articles { totalDocs totalPages hasNextPage docs { title credits } } }`
    const fast = await postSiteGraphQL(
      `query Page($office: String!, $issue: String!, $article: String!) { ${fields('$office', '$issue', '$article')} }`,
      { article: article.slug, issue: issueSlug, office: officeSlug },
    )
    const stock = await postGraphQL<Record<string, unknown>>(
      `{ ${fields(JSON.stringify(officeSlug), JSON.stringify(issueSlug), JSON.stringify(article.slug))} }`,
    )
    expect(fast.errors).toBeUndefined()
    expect(fast.data).toEqual(stock.data)
    const bad = await postSiteGraphQL(
      `{ sitePerson(office: "${officeSlug}", person: "宋杰", limit: 0) { name } }`,
    )
    expect(bad.errors?.[0]?.message).toBe('limit must be a whole number from 1 up, not "0"')
    const mixed = await postSiteGraphQL(
      `{ siteLatestIssue(office: "${officeSlug}") { slug } Issues(limit: 1) { docs { slug } } }`,
    )
    expect(mixed.data).toEqual({
      Issues: { docs: [{ slug: issueSlug }] },
      siteLatestIssue: { slug: issueSlug },
    })
  })
})
