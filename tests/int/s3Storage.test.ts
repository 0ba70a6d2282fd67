import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findFreePort } from '../../src/db/findFreePort'
import { readS3Storage } from '../../src/utilities/readS3Storage'
import type { TestPayload } from './helpers/initTestPayload'
import { callRest } from './helpers/callRest'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

const bucket = 'bulletin-photos'
let testPayload: TestPayload
let s3Server: S3rver
let s3Dir: string
let s3: S3Client

const listKeys = async () =>
  ((await s3.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? [])
    .map((object) => object.Key)
    .sort()

describe('photos on S3-compatible storage', () => {
  beforeAll(async () => {
    s3Dir = await mkdtemp(path.join(tmpdir(), 'bulletin-s3-'))
    const port = await findFreePort()
    // s3rver: a real S3 API server on the local disk (its default credentials are S3RVER).
    s3Server = new S3rver({
      address: '127.0.0.1',
      configureBuckets: [{ name: bucket }],
      directory: s3Dir,
      port,
      silent: true,
    })
    await s3Server.run()
    Object.assign(process.env, {
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_FORCE_PATH_STYLE: 'true',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    })
    s3 = new S3Client(readS3Storage()?.config ?? {})
    testPayload = await initTestPayload()
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
    s3.destroy()
    await s3Server.close()
    await rm(s3Dir, { force: true, recursive: true })
    for (const name of ['S3_ACCESS_KEY_ID', 'S3_BUCKET', 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE']) {
      delete process.env[name]
    }
    delete process.env.S3_SECRET_ACCESS_KEY
  })

  it('should store an uploaded photo and its sizes in the bucket, serve it, and delete it', async () => {
    const { payload } = testPayload
    const office = await payload.create({ collection: 'offices', data: { name: '临汾路街道' } })
    const image = await sharp({
      create: { background: '#b4232a', channels: 3, height: 600, width: 1200 },
    })
      .jpeg()
      .toBuffer()
    const photo = await payload.create({
      collection: 'photos',
      data: { caption: '会议现场', office: office.id },
      file: { data: image, mimetype: 'image/jpeg', name: 'meeting.jpg', size: image.length },
    })
    expect(await listKeys()).toEqual(['meeting-400x300.jpg', 'meeting-960x480.jpg', 'meeting.jpg'])
    const stored = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'meeting.jpg' }))
    expect(Buffer.from(await stored.Body!.transformToByteArray()).equals(image)).toBe(true)

    const served = await callRest({ method: 'GET', path: 'photos/file/meeting.jpg' })
    expect([served.status, Buffer.from(await served.arrayBuffer()).equals(image)]).toEqual([
      200,
      true,
    ])
    await payload.delete({ collection: 'photos', id: photo.id })
    expect(await listKeys()).toEqual([])
  })
})
