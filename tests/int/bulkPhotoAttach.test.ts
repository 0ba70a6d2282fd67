import type { Payload } from 'payload'

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { IssuePhoto, UploadLimits } from '../../src/photos/types'
import { importBulletinFile } from '../../importers/bulletin/persist/importBulletinFile'
import type { ApiCredentials } from './helpers/callApi'
import { callApi } from './helpers/callApi'
import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

/** The seed issue of 2021-06: four articles print a photo each, captions only. */
const seedName = '001_8b893cd6caee12a3.txt'
const uploadLimit = 64 * 1024
const password = 'a-long-test-password'
/** Uploads land in a media folder that outlives the test: names unique to this run. */
const runId = Date.now().toString(36)

let testPayload: TestPayload
let payload: Payload
let issueId: number
let editor: ApiCredentials
let otherEditor: ApiCredentials

const createEditor = async (email: string, officeId: number): Promise<ApiCredentials> => {
  await payload.create({
    collection: 'users',
    data: { email, offices: [{ office: officeId }], password, roles: ['editor'] },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { token: token ?? '' }
}

const listPhotos = async (credentials: ApiCredentials = editor) => {
  const answer = await callApi({ credentials, method: 'GET', path: `issues/${issueId}/photos` })
  return {
    body: JSON.parse(answer.text) as { limits: UploadLimits; photos: IssuePhoto[] },
    status: answer.status,
  }
}

const attach = ({
  bytes,
  credentials = editor,
  name,
  photoId,
  type,
}: {
  bytes: Buffer
  credentials?: ApiCredentials
  name: string
  photoId: number
  type: string
}) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  return callApi({ body: form, credentials, method: 'POST', path: `photos/${photoId}/image` })
}

const png = () =>
  sharp({ create: { background: '#8a9bb0', channels: 3, height: 30, width: 40 } })
    .png()
    .toBuffer()

const messageOf = (text: string): string =>
  (JSON.parse(text) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

const readPhoto = (id: number) => payload.findByID({ collection: 'photos', depth: 0, id })

describe('attaching scanned images to the captions waiting for them', () => {
  beforeAll(async () => {
    // Read when the config is first imported, below.
    process.env.UPLOAD_MAX_BYTES = String(uploadLimit)
    testPayload = await initTestPayload()
    payload = testPayload.payload
    const outcome = await importBulletinFile({
      bytes: await readFile(path.resolve('seed/bulletins', seedName)),
      fileName: seedName,
      payload,
    })
    issueId = (outcome as { issueId: number }).issueId
    const issue = await payload.findByID({
      collection: 'issues',
      depth: 0,
      draft: true,
      id: issueId,
    })
    const other = await payload.create({ collection: 'offices', data: { name: '临汾路街道' } })
    editor = await createEditor('editor@example.com', issue.office as number)
    otherEditor = await createEditor('other@example.com', other.id)
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it("should list the issue's photos in printed order, numbered, with the upload limits", async () => {
    const { body, status } = await listPhotos()
    expect({
      captions: body.photos.map((photo) => [photo.number, photo.caption, photo.filename]),
      limits: body.limits,
      status,
    }).toEqual({
      captions: [
        [1, '调研现场', null],
        [2, '活动现场', null],
        [3, '座谈会现场', null],
        [4, '刘燮检查社区食堂', null],
      ],
      limits: { maxBytes: uploadLimit, mimeTypes: ['image/jpeg', 'image/png', 'image/webp'] },
      status: 200,
    })
  })

  it('should give the waiting photo the image, keeping its caption and the body node naming it', async () => {
    const [first] = (await listPhotos()).body.photos
    const photosBefore = (await payload.count({ collection: 'photos' })).totalDocs
    const answer = await attach({
      bytes: await png(),
      name: `调研现场-${runId}.png`,
      photoId: first!.id,
      type: 'image/png',
    })
    const stored = await readPhoto(first!.id)
    const article = await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: first!.article.id,
    })
    const uploadNodes = (article.body?.root.children ?? []).filter((node) => node.type === 'upload')
    const listed = (await listPhotos()).body.photos
    // Next hands route handlers the path decoded, as here.
    const preview = await callApi({
      credentials: editor,
      method: 'GET',
      path: decodeURIComponent(listed[0]?.previewUrl ?? '').replace(/^\/api\//u, ''),
    })
    expect({
      caption: stored.caption,
      hasFile: [Boolean(stored.filename), stored.mimeType, stored.width],
      listed: listed.map((photo) => [
        photo.number,
        photo.filename !== null,
        photo.previewUrl !== null,
      ]),
      photos: (await payload.count({ collection: 'photos' })).totalDocs,
      previewStatus: preview.status,
      status: answer.status,
      uploadNodes: uploadNodes.map((node) => (node as { value?: unknown }).value),
    }).toEqual({
      caption: '调研现场',
      hasFile: [true, 'image/png', 40],
      listed: [
        [1, true, true],
        [2, false, false],
        [3, false, false],
        [4, false, false],
      ],
      photos: photosBefore,
      previewStatus: 200,
      status: 200,
      uploadNodes: [first!.id],
    })
  })

  it('should refuse a second image for a photo that has one, keeping the first', async () => {
    const [first] = (await listPhotos()).body.photos
    const answer = await attach({
      bytes: await png(),
      name: `另一张-${runId}.png`,
      photoId: first!.id,
      type: 'image/png',
    })
    expect([answer.status, messageOf(answer.text), (await readPhoto(first!.id)).filename]).toEqual([
      409,
      `这条图片说明已有图片 ${first!.filename} (it already has an image)`,
      first!.filename,
    ])
  })

  it('should refuse a text file named as a JPEG in one line, leaving the caption waiting', async () => {
    const second = (await listPhotos()).body.photos[1]!
    const answer = await attach({
      bytes: Buffer.from('not an image at all\n'),
      name: `scan-2-${runId}.jpg`,
      photoId: second.id,
      type: 'image/jpeg',
    })
    expect([answer.status, messageOf(answer.text), (await readPhoto(second.id)).filename]).toEqual([
      400,
      `scan-2-${runId}.jpg 不是 JPEG、PNG 或 WebP 图片 (not a JPEG, PNG or WebP image)`,
      null,
    ])
  })

  it('should refuse an image over UPLOAD_MAX_BYTES with 413, leaving the caption waiting', async () => {
    const second = (await listPhotos()).body.photos[1]!
    const big = await sharp({
      create: { background: '#8a9bb0', channels: 3, height: 400, width: 400 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer()
    const answer = await attach({
      bytes: big,
      name: `big-${runId}.png`,
      photoId: second.id,
      type: 'image/png',
    })
    expect([
      big.length > uploadLimit,
      answer.status,
      messageOf(answer.text),
      (await readPhoto(second.id)).filename,
    ]).toEqual([true, 413, '图片超过 64 KB 的上限 (file too large)', null])
  })

  it("should answer another office's editor as if the issue and photo did not exist", async () => {
    const second = (await listPhotos()).body.photos[1]!
    const listing = await listPhotos(otherEditor)
    const answer = await attach({
      bytes: await png(),
      credentials: otherEditor,
      name: `other-${runId}.png`,
      photoId: second.id,
      type: 'image/png',
    })
    const anonymous = await callApi({ method: 'GET', path: `issues/${issueId}/photos` })
    expect([
      listing.status,
      answer.status,
      anonymous.status,
      (await readPhoto(second.id)).filename,
    ]).toEqual([404, 404, 401, null])
  })
})
