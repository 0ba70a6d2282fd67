import type { Payload, TypedUser } from 'payload'

import { createLocalReq, docAccessOperation } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiCredentials } from './helpers/callApi'
import { callApi } from './helpers/callApi'
import type { OfficeContent } from './helpers/createOfficeContent'
import { createOfficeContent } from './helpers/createOfficeContent'
import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

const password = 'a-long-test-password'
let testPayload: TestPayload
let payload: Payload
let content: OfficeContent
const users: Record<'author' | 'editor', TypedUser> = {} as Record<'author' | 'editor', TypedUser>
const tokens: Record<'author' | 'editor', ApiCredentials> = { author: null, editor: null }
let siteKey: ApiCredentials

const createDraft = (title: string) =>
  payload.create({
    collection: 'articles',
    data: { _status: 'draft', issue: content.issue.id, office: content.office.id, title },
    draft: true,
  })

const readStatus = async (id: number) =>
  (await payload.findByID({ collection: 'articles', id }))._status

const asAuthor = (method: 'DELETE' | 'PATCH' | 'POST', path: string, body?: unknown) =>
  callApi({ body, credentials: tokens.author, method, path })

/** Who publishes: authors write drafts only, editors publish; a site key only reads. */
describe('publishing and roles', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    payload = testPayload.payload
    content = await createOfficeContent(payload, { name: '彭浦新村街道', period: '2021-04' })
    for (const role of ['author', 'editor'] as const) {
      const email = `${role}@example.com`
      const user = await payload.create({
        collection: 'users',
        data: { email, offices: [{ office: content.office.id }], password, roles: [role] },
      })
      users[role] = { ...user, collection: 'users' }
      const { token } = await payload.login({ collection: 'users', data: { email, password } })
      tokens[role] = { token: token ?? '' }
    }
    await payload.create({
      collection: 'users',
      data: {
        apiKey: 'site-key-of-pengpu-0123456789',
        email: 'site@example.com',
        enableAPIKey: true,
        offices: [{ office: content.office.id }],
        password,
        roles: ['site'],
      },
    })
    siteKey = { apiKey: 'site-key-of-pengpu-0123456789' }
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  describe('an author', () => {
    it('should create and edit drafts', async () => {
      const created = await asAuthor('POST', 'articles?draft=true', {
        issue: content.issue.id,
        office: content.office.id,
        title: '作者的草稿',
      })
      const { doc } = JSON.parse(created.text) as { doc: { id: number } }
      const edited = await asAuthor('PATCH', `articles/${doc.id}?draft=true`, {
        title: '改过的草稿',
      })
      expect([created.status, edited.status, await readStatus(doc.id)]).toEqual([201, 200, 'draft'])
    })

    it('should not create a published article', async () => {
      const answer = await asAuthor('POST', 'articles', {
        _status: 'published',
        issue: content.issue.id,
        office: content.office.id,
        title: '作者直接发布',
      })
      const { totalDocs } = await payload.count({
        collection: 'articles',
        where: { title: { equals: '作者直接发布' } },
      })
      expect([answer.status, totalDocs]).toEqual([403, 0])
    })

    it('should not publish a draft', async () => {
      const draft = await createDraft('待编辑发布')
      const answer = await asAuthor('PATCH', `articles/${draft.id}`, { _status: 'published' })
      expect([answer.status, await readStatus(draft.id)]).toEqual([403, 'draft'])
    })

    it('should save a draft over a published article without changing what the public reads', async () => {
      const article = content.articles[0]!
      const answer = await asAuthor('PATCH', `articles/${article.id}?draft=true`, {
        title: '作者的修改',
      })
      const published = await payload.findByID({ collection: 'articles', id: article.id })
      expect([answer.status, published.title, published._status]).toEqual([
        200,
        article.title,
        'published',
      ])
    })

    it.each([
      ['edit a published article in place', { title: '直接改已发布' }],
      ['unpublish an article', { _status: 'draft' }],
    ])('should not %s', async (_, data) => {
      const article = content.articles[1]!
      const answer = await asAuthor('PATCH', `articles/${article.id}`, data)
      const stored = await payload.findByID({ collection: 'articles', id: article.id })
      expect([answer.status, stored.title, stored._status]).toEqual([
        403,
        article.title,
        'published',
      ])
    })

    it('should not delete', async () => {
      const draft = await createDraft('作者不能删除')
      const answer = await asAuthor('DELETE', `articles/${draft.id}`)
      expect([answer.status, await readStatus(draft.id)]).toEqual([403, 'draft'])
    })

    it('should not restore a published version (that would publish it)', async () => {
      const article = content.articles[0]!
      const { docs } = await payload.findVersions({
        collection: 'articles',
        where: {
          and: [{ parent: { equals: article.id } }, { 'version._status': { equals: 'published' } }],
        },
      })
      const answer = await asAuthor('POST', `articles/versions/${docs[0]?.id}`)
      expect(answer.status).toBe(403)
    })

    it('should not be offered Publish or Schedule in the admin', async () => {
      const draft = await createDraft('按钮权限')
      const canPublish = async (user: TypedUser) => {
        const req = await createLocalReq({ user }, payload)
        const permissions = await docAccessOperation({
          collection: payload.collections.articles,
          data: { _status: 'published' },
          id: draft.id,
          req,
        })
        return Boolean(permissions.update)
      }
      expect([await canPublish(users.author), await canPublish(users.editor)]).toEqual([
        false,
        true,
      ])
    })

    it('should upload a bulletin into their own office, whatever office its text names', async () => {
      const form = new FormData()
      form.append(
        'file',
        new Blob(['张庙街道社区报 第1期\n'], { type: 'text/plain' }),
        'zhangmiao.txt',
      )
      form.append('_payload', JSON.stringify({}))
      const answer = await callApi({
        body: form,
        credentials: tokens.author,
        method: 'POST',
        path: 'import-runs',
      })
      const { doc } = JSON.parse(answer.text) as { doc: { id: number } }
      const run = await payload.findByID({ collection: 'import-runs', depth: 0, id: doc.id })
      expect([answer.status, run.office]).toEqual([201, content.office.id])
    })

    it('should not change their own roles or offices', async () => {
      const other = await payload.create({ collection: 'offices', data: { name: '临汾路街道' } })
      await asAuthor('PATCH', `users/${users.author.id}`, {
        offices: [{ office: content.office.id }, { office: other.id }],
        roles: ['admin'],
      })
      const stored = await payload.findByID({ collection: 'users', depth: 0, id: users.author.id })
      expect([stored.roles, stored.offices?.map((row) => row.office)]).toEqual([
        ['author'],
        [content.office.id],
      ])
    })
  })

  describe('scheduled publishing', () => {
    const scheduleAndRun = async (user: TypedUser) => {
      const draft = await createDraft(`定时发布 ${user.email}`)
      // What the admin's schedule drawer queues, due now.
      await payload.jobs.queue({
        input: {
          doc: { relationTo: 'articles', value: draft.id },
          type: 'publish',
          user: { relationTo: 'users', value: user.id },
        },
        task: 'schedulePublish',
        waitUntil: new Date(Date.now() - 1000),
      })
      await payload.jobs.run({ allQueues: true })
      return readStatus(draft.id)
    }

    it("should publish an editor's scheduled article when it is due", async () => {
      expect(await scheduleAndRun(users.editor)).toBe('published')
    })

    it("should never publish an author's scheduled article", async () => {
      expect(await scheduleAndRun(users.author)).toBe('draft')
    })
  })

  describe('an editor', () => {
    it('should publish a draft, which the public then reads', async () => {
      const draft = await createDraft('编辑发布')
      const answer = await callApi({
        body: { _status: 'published' },
        credentials: tokens.editor,
        method: 'PATCH',
        path: `articles/${draft.id}`,
      })
      const publicRead = await callApi({ method: 'GET', path: `articles/${draft.id}` })
      expect([answer.status, publicRead.status]).toEqual([200, 200])
    })

    it("should edit their office's settings but not its webhook secret, nor run jobs", async () => {
      const before = await payload.findByID({ collection: 'offices', id: content.office.id })
      const office = await callApi({
        body: { publication: '彭浦新村报', revalidationSecret: 'chosen-by-an-editor' },
        credentials: tokens.editor,
        method: 'PATCH',
        path: `offices/${content.office.id}`,
      })
      const after = await payload.findByID({ collection: 'offices', id: content.office.id })
      const jobs = await callApi({
        credentials: tokens.editor,
        method: 'GET',
        path: 'payload-jobs/run',
      })
      expect([
        office.status,
        after.publication,
        after.revalidationSecret === before.revalidationSecret,
        jobs.status,
      ]).toEqual([200, '彭浦新村报', true, 401])
    })
  })

  describe("a site's API key", () => {
    it("should read its office's published articles and no drafts", async () => {
      const draft = await createDraft('网站看不到的草稿')
      const published = await callApi({
        credentials: siteKey,
        method: 'GET',
        path: `articles/${content.articles[0]!.id}`,
      })
      const list = await callApi({
        credentials: siteKey,
        method: 'GET',
        path: 'articles?limit=100',
      })
      const hidden = await callApi({
        credentials: siteKey,
        method: 'GET',
        path: `articles/${draft.id}`,
      })
      const { docs } = JSON.parse(list.text) as { docs: { _status: string }[] }
      expect([
        published.status,
        docs.length > 0 && docs.every((doc) => doc._status === 'published'),
        hidden.status,
      ]).toEqual([200, true, 404])
    })

    it('should not write, read import runs, document locks or versions, or open the admin', async () => {
      const create = await callApi({
        body: { issue: content.issue.id, office: content.office.id, title: '网站写入' },
        credentials: siteKey,
        method: 'POST',
        path: 'articles?draft=true',
      })
      const runs = await callApi({ credentials: siteKey, method: 'GET', path: 'import-runs' })
      const locks = await callApi({
        credentials: siteKey,
        method: 'GET',
        path: 'payload-locked-documents',
      })
      const versions = await callApi({
        credentials: siteKey,
        method: 'GET',
        path: 'articles/versions',
      })
      const canAccessAdmin = async (credentials: ApiCredentials) =>
        Boolean(
          (
            JSON.parse((await callApi({ credentials, method: 'GET', path: 'access' })).text) as {
              canAccessAdmin?: boolean
            }
          ).canAccessAdmin,
        )
      expect([
        create.status,
        runs.status,
        locks.status,
        versions.status,
        await canAccessAdmin(siteKey),
        await canAccessAdmin(tokens.editor),
      ]).toEqual([403, 403, 403, 403, false, true])
    })
  })
})
