import type { Office, User } from '../../src/payload-types'

import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ContentChange } from '../../src/changes/types'
import { subscribeToContentChanges } from '../../src/changes/contentChanges'
import { verifyWebhookSignature } from '../../src/changes/signWebhookBody'
import {
  revalidationQueue,
  sendRevalidationWebhookTaskSlug,
  webhookSignatureHeader,
  webhookTimestampHeader,
} from '../../src/jobs/constants'
import { callRest } from './helpers/callRest'
import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'
import { isQueueSettled, runJobsUntil } from './helpers/runJobsUntil'
import type { ReceiverReply, WebhookReceiver } from './helpers/startWebhookReceiver'
import { startWebhookReceiver } from './helpers/startWebhookReceiver'

let testPayload: TestPayload
const receivers: WebhookReceiver[] = []

const createOfficeWithReceiver = async (slug: string, replies: ReceiverReply[]) => {
  const receiver = await startWebhookReceiver(replies)
  receivers.push(receiver)
  const office = await testPayload.payload.create({
    collection: 'offices',
    data: { name: `${slug}街道`, revalidationWebhookUrl: receiver.url, slug },
  })
  return { office, receiver }
}

const settle = () =>
  runJobsUntil({
    isDone: () => isQueueSettled(testPayload.payload, revalidationQueue),
    payload: testPayload.payload,
    queue: revalidationQueue,
  })

const countWebhookJobs = async () =>
  (
    await testPayload.payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: sendRevalidationWebhookTaskSlug } },
    })
  ).totalDocs

/** A login token of a new editor of the office. */
const editorTokenOf = async (office: Office): Promise<string | undefined> => {
  const email = `editor-${office.slug}@example.com`
  const password = 'a-long-test-password'
  await testPayload.payload.create({
    collection: 'users',
    data: { email, offices: [{ office: office.id }], password, roles: ['editor'] },
  })
  return (await testPayload.payload.login({ collection: 'users', data: { email, password } })).token
}

const bodiesOf = (receiver: WebhookReceiver) =>
  receiver.requests.map(
    (request) => JSON.parse(request.body) as { event: string; paths: string[]; tags: string[] },
  )

describe('revalidation webhooks', () => {
  beforeAll(async () => {
    process.env.RUN_JOBS_IN_APP = 'false'
    process.env.REVALIDATION_WEBHOOK_BACKOFF_MS = '100'
    process.env.REVALIDATION_WEBHOOK_TIMEOUT_MS = '1000'
    testPayload = await initTestPayload()
  })

  afterAll(async () => {
    await Promise.all(receivers.map((receiver) => receiver.close()))
    await destroyTestPayload(testPayload)
  })

  it('should retry after 500s and deliver a payload signed with the office secret', async () => {
    const { office, receiver } = await createOfficeWithReceiver('linfenlu', [500, 500, 200])
    const issue = await testPayload.payload.create({
      collection: 'issues',
      data: { _status: 'published', office: office.id, period: '2021-01' },
    })
    await settle()
    const { revalidationSecret } = await testPayload.payload.findByID({
      collection: 'offices',
      id: office.id,
    })
    const delivered = receiver.requests.at(-1)
    const timestamp = String(delivered?.headers[webhookTimestampHeader])
    const signature = String(delivered?.headers[webhookSignatureHeader])
    const [first, second, third] = receiver.requests.map((request) => request.receivedAt)
    expect({
      body: JSON.parse(delivered?.body ?? '{}') as unknown,
      // Backoff of 100 ms doubling: the job waits at least 100 ms, then 200 ms, before retrying.
      gaps: [(second ?? 0) - (first ?? 0) >= 100, (third ?? 0) - (second ?? 0) >= 200],
      isVerified: verifyWebhookSignature({
        body: delivered?.body ?? '',
        secret: revalidationSecret ?? '',
        signature,
        timestamp,
      }),
      replies: receiver.requests.map((request) => request.reply),
      signature,
      webhookJobsLeft: await countWebhookJobs(),
    }).toEqual({
      body: {
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown,
        event: 'publish',
        office: 'linfenlu',
        paths: ['/linfenlu', `/linfenlu/issues/${issue.id}`],
        tags: [`issue:${issue.id}`, 'office:linfenlu'],
      },
      gaps: [true, true],
      isVerified: true,
      replies: [500, 500, 200],
      signature: `sha256=${createHmac('sha256', revalidationSecret ?? '')
        .update(`${timestamp}.${delivered?.body}`)
        .digest('hex')}`,
      webhookJobsLeft: 0,
    })
  })

  it('should refuse a signature made with another secret or an old timestamp', async () => {
    const { receiver } = await createOfficeWithReceiver('zhangmiao', [200])
    const office = (
      await testPayload.payload.find({
        collection: 'offices',
        where: { slug: { equals: 'zhangmiao' } },
      })
    ).docs[0] as Office
    await testPayload.payload.create({
      collection: 'departments',
      data: { name: '社区党建办', office: office.id },
    })
    await settle()
    const [request] = receiver.requests
    const args = {
      body: request?.body ?? '',
      signature: String(request?.headers[webhookSignatureHeader]),
      timestamp: String(request?.headers[webhookTimestampHeader]),
    }
    expect({
      anotherSecret: verifyWebhookSignature({ ...args, secret: 'not-the-secret' }),
      tenMinutesLater: verifyWebhookSignature({
        ...args,
        now: Date.now() + 600_000,
        secret: office.revalidationSecret ?? '',
      }),
      tamperedBody: verifyWebhookSignature({
        ...args,
        body: args.body.replace('zhangmiao', 'linfenlu'),
        secret: office.revalidationSecret ?? '',
      }),
    }).toEqual({ anotherSecret: false, tamperedBody: false, tenMinutesLater: false })
  })

  it('should retry a request that times out', async () => {
    const { office, receiver } = await createOfficeWithReceiver('pingliang', ['hang', 200])
    await testPayload.payload.create({
      collection: 'people',
      data: { name: '宋杰', office: office.id },
    })
    await settle()
    expect(receiver.requests.map((request) => request.reply)).toEqual(['hang', 200])
  })

  it("should name an article's pages on publish, edit, unpublish and delete, not on draft saves", async () => {
    const { office, receiver } = await createOfficeWithReceiver('zhijiang', [200])
    const issue = await testPayload.payload.create({
      collection: 'issues',
      data: { _status: 'published', office: office.id, period: '2021-07' },
    })
    const department = await testPayload.payload.create({
      collection: 'departments',
      data: { name: '街道妇联', office: office.id },
    })
    const author = await testPayload.payload.create({
      collection: 'people',
      data: { name: '厉蕾', office: office.id },
    })
    await settle()
    const before = receiver.requests.length
    const article = await testPayload.payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        authors: [author.id],
        department: department.id,
        issue: issue.id,
        office: office.id,
        position: 1,
        title: '换届工作动员部署会',
      },
    })
    await settle()
    const update = async (data: Record<string, unknown>, draft = false) => {
      await testPayload.payload.update({ collection: 'articles', data, draft, id: article.id })
      await settle()
    }
    await update({ title: '换届工作动员部署会（草稿）' }, true)
    await update({ _status: 'published', title: '换届工作动员部署会（修订）' })
    await update({ _status: 'draft' })
    await update({ title: '未发布时的修改' })
    await update({ _status: 'published' })
    await testPayload.payload.delete({ collection: 'articles', id: article.id })
    await settle()
    const bodies = bodiesOf(receiver).slice(before)
    expect({
      events: bodies.map((body) => body.event),
      paths: bodies[0]?.paths,
      tags: bodies[0]?.tags,
    }).toEqual({
      events: ['publish', 'update', 'unpublish', 'publish', 'delete'],
      paths: [
        '/zhijiang',
        `/zhijiang/articles/${article.id}`,
        `/zhijiang/departments/${department.id}`,
        `/zhijiang/issues/${issue.id}`,
        `/zhijiang/people/${author.id}`,
      ].sort(),
      tags: [
        `article:${article.id}`,
        `department:${department.id}`,
        `issue:${issue.id}`,
        'office:zhijiang',
        `person:${author.id}`,
      ].sort(),
    })
  })

  it("should announce a person's merge in one webhook naming every published page that changes", async () => {
    const { office, receiver } = await createOfficeWithReceiver('caojiadu', [200])
    const { payload } = testPayload
    const create = <T extends 'articles' | 'people' | 'photos'>(
      collection: T,
      data: Record<string, unknown>,
    ) => payload.create({ collection, data: { office: office.id, ...data } as never })
    const issue = await payload.create({
      collection: 'issues',
      data: { _status: 'published', office: office.id, period: '2021-09' },
    })
    const kept = await create('people', { name: '宋杰' })
    const duplicate = await create('people', { name: '宋 杰' })
    const published = (title: string, data: Record<string, unknown> = {}) =>
      create('articles', { _status: 'published', issue: issue.id, position: 0, title, ...data })
    const byline = await published('署名的文章', { authors: [duplicate.id] })
    const mention = await published('提到的文章', { mentions: [{ person: duplicate.id }] })
    const withPhoto = await published('配图的文章')
    const photo = await create('photos', { article: withPhoto.id, photographer: duplicate.id })
    await published('无关的文章', { authors: [kept.id] })
    await payload.create({
      collection: 'articles',
      data: { authors: [duplicate.id], issue: issue.id, office: office.id, title: '草稿' },
      draft: true,
    })
    const token = await editorTokenOf(office)
    await settle()
    const before = receiver.requests.length
    const response = await callRest({
      body: { into: kept.id },
      method: 'POST',
      path: `people/${duplicate.id}/merge`,
      token,
    })
    await settle()
    const articles = [byline, mention, withPhoto].map((article) => article.id)
    expect({ bodies: bodiesOf(receiver).slice(before), status: response.status }).toEqual({
      bodies: [
        {
          at: expect.any(String) as unknown,
          event: 'update',
          office: 'caojiadu',
          paths: [
            '/caojiadu',
            ...articles.map((id) => `/caojiadu/articles/${id}`),
            `/caojiadu/issues/${issue.id}`,
            `/caojiadu/people/${kept.id}`,
            `/caojiadu/people/${duplicate.id}`,
          ].sort(),
          tags: [
            ...articles.map((id) => `article:${id}`),
            `issue:${issue.id}`,
            'office:caojiadu',
            `person:${kept.id}`,
            `person:${duplicate.id}`,
            `photo:${photo.id}`,
          ].sort(),
        },
      ],
      status: 200,
    })
  })

  it("should announce a department's merge with the articles it was credited with", async () => {
    const { office, receiver } = await createOfficeWithReceiver('jiangning', [200])
    const { payload } = testPayload
    const issue = await payload.create({
      collection: 'issues',
      data: { _status: 'published', office: office.id, period: '2021-10' },
    })
    const department = (name: string) =>
      payload.create({ collection: 'departments', data: { name, office: office.id } })
    const kept = await department('社区党建办')
    const duplicate = await department('社区党建 办')
    const article = await payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        department: duplicate.id,
        issue: issue.id,
        office: office.id,
        position: 0,
        title: '党建引领',
      },
    })
    const token = await editorTokenOf(office)
    await settle()
    const before = receiver.requests.length
    await callRest({
      body: { into: kept.id },
      method: 'POST',
      path: `departments/${duplicate.id}/merge`,
      token,
    })
    await settle()
    expect(
      bodiesOf(receiver)
        .slice(before)
        .map(({ event, paths }) => ({ event, paths })),
    ).toEqual([
      {
        event: 'update',
        paths: [
          '/jiangning',
          `/jiangning/articles/${article.id}`,
          `/jiangning/departments/${duplicate.id}`,
          `/jiangning/departments/${kept.id}`,
          `/jiangning/issues/${issue.id}`,
        ].sort(),
      },
    ])
  })

  it('should queue no webhook for an office without a webhook URL', async () => {
    const office = await testPayload.payload.create({
      collection: 'offices',
      data: { name: '石门二路街道', slug: 'shimen' },
    })
    const before = await countWebhookJobs()
    await testPayload.payload.create({
      collection: 'issues',
      data: { _status: 'published', office: office.id, period: '2021-03' },
    })
    expect(await countWebhookJobs()).toBe(before)
  })

  it('should tell subscribers about each change of published content', async () => {
    const changes: Omit<ContentChange, 'req'>[] = []
    const unsubscribe = subscribeToContentChanges(({ req: _req, ...change }) => {
      changes.push(change)
    })
    const office = await testPayload.payload.create({
      collection: 'offices',
      data: { name: '天目西路街道', slug: 'tianmu' },
    })
    const photo = await testPayload.payload.create({
      collection: 'photos',
      data: { caption: '会场', office: office.id },
    })
    unsubscribe()
    await testPayload.payload.update({ collection: 'photos', data: { alt: '会场' }, id: photo.id })
    expect(changes).toEqual([
      {
        at: expect.any(String) as unknown,
        collection: 'photos',
        event: 'publish',
        id: photo.id,
        office: { id: office.id, slug: 'tianmu' },
        paths: ['/tianmu'],
        tags: ['office:tianmu', `photo:${photo.id}`],
      },
    ])
  })

  it('should show the secret to administrators only and rotate it when cleared', async () => {
    const office = await testPayload.payload.create({
      collection: 'offices',
      data: { name: '彭浦新村街道', slug: 'pengpu' },
    })
    const createUser = (role: 'admin' | 'editor') =>
      testPayload.payload.create({
        collection: 'users',
        data: {
          email: `${role}-secret@example.com`,
          offices: [{ office: office.id }],
          password: 'a-long-test-password',
          roles: [role],
        },
      })
    const admin: User = await createUser('admin')
    const editor: User = await createUser('editor')
    const tokenOf = async (email: string) =>
      (
        await testPayload.payload.login({
          collection: 'users',
          data: { email, password: 'a-long-test-password' },
        })
      ).token
    const readSecret = async (token?: string) =>
      (
        (await (
          await callRest({ method: 'GET', path: `offices/${office.id}`, token })
        ).json()) as Office
      ).revalidationSecret
    const original = office.revalidationSecret
    await testPayload.payload.update({
      collection: 'offices',
      data: { publication: '彭浦报', revalidationSecret: 'chosen-by-an-editor' },
      id: office.id,
      overrideAccess: false,
      user: editor,
    })
    const afterEditorSave = (
      await testPayload.payload.findByID({ collection: 'offices', id: office.id })
    ).revalidationSecret
    const rotated = await testPayload.payload.update({
      collection: 'offices',
      data: { revalidationSecret: '' },
      id: office.id,
      overrideAccess: false,
      user: admin,
    })
    expect({
      admin: await readSecret((await tokenOf(admin.email)) ?? ''),
      afterEditorSave,
      anonymous: await readSecret(),
      editor: await readSecret((await tokenOf(editor.email)) ?? ''),
      isRotated: rotated.revalidationSecret !== original,
      original,
    }).toEqual({
      admin: rotated.revalidationSecret,
      afterEditorSave: original,
      anonymous: undefined,
      editor: undefined,
      isRotated: true,
      original: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    })
  })
})
