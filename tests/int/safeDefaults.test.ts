import type { Payload } from 'payload'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiCredentials } from './helpers/callApi'
import { callApi, callGraphQL } from './helpers/callApi'
import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

const uploadLimit = 64 * 1024
const allowedSite = 'https://linfenlu.example.org'
const password = 'a-long-test-password'
let testPayload: TestPayload
let payload: Payload
let officeId: number
let editor: ApiCredentials

const logIn = (email: string, secret: string) =>
  callApi({ body: { email, password: secret }, method: 'POST', path: 'users/login' })

const createUser = (email: string, roles: ('author' | 'editor')[] = ['editor']) =>
  payload.create({
    collection: 'users',
    data: { email, offices: [{ office: officeId }], password, roles },
  })

/** A multipart upload as the admin sends it: the file and the document's fields as JSON. */
const upload = ({
  bytes,
  collection,
  data,
  name,
  type,
}: {
  bytes: Buffer
  collection: 'import-runs' | 'photos'
  data: Record<string, unknown>
  name: string
  type: string
}) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(data))
  return callApi({ body: form, credentials: editor, method: 'POST', path: collection })
}

const countUploads = async () =>
  (await payload.count({ collection: 'photos' })).totalDocs +
  (await payload.count({ collection: 'import-runs' })).totalDocs

const png = () =>
  sharp({ create: { background: '#08c', channels: 3, height: 8, width: 8 } })
    .png()
    .toBuffer()

/** Safe defaults: lockout, sessions, GraphQL limits, uploads, CSRF and CORS allow-lists. */
describe('safe defaults', () => {
  beforeAll(async () => {
    // Read when the config is first imported, below.
    process.env.UPLOAD_MAX_BYTES = String(uploadLimit)
    process.env.CORS_ORIGINS = allowedSite
    testPayload = await initTestPayload()
    payload = testPayload.payload
    officeId = (await payload.create({ collection: 'offices', data: { name: '临汾路街道' } })).id
    await createUser('editor@example.com')
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'editor@example.com', password },
    })
    editor = { token: token ?? '' }
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  describe('logins and sessions', () => {
    it('should lock an account after 5 failed logins, even against the right password', async () => {
      await createUser('lockout@example.com')
      const failures: number[] = []
      for (let attempt = 0; attempt < 5; attempt += 1) {
        failures.push((await logIn('lockout@example.com', 'wrong-password')).status)
      }
      const rightPassword = await logIn('lockout@example.com', password)
      expect([failures, rightPassword.status, rightPassword.text.includes('token')]).toEqual([
        [401, 401, 401, 401, 401],
        401,
        false,
      ])
    })

    it('should end the session on logout: the same token no longer authenticates', async () => {
      await createUser('logout@example.com')
      const { token } = JSON.parse((await logIn('logout@example.com', password)).text) as {
        token: string
      }
      const me = () => callApi({ credentials: { token }, method: 'GET', path: 'users/me' })
      const before = JSON.parse((await me()).text) as { user: unknown }
      const logout = await callApi({ credentials: { token }, method: 'POST', path: 'users/logout' })
      const after = JSON.parse((await me()).text) as { user: unknown }
      expect([before.user !== null, logout.status, after.user]).toEqual([true, 200, null])
    })

    it("should refuse the session cookie from an origin that isn't allowed", async () => {
      const { token } = JSON.parse((await logIn('editor@example.com', password)).text) as {
        token: string
      }
      const meFrom = async (origin: string) =>
        (
          JSON.parse(
            (
              await callApi({
                headers: { cookie: `payload-token=${token}`, origin },
                method: 'GET',
                path: 'users/me',
              })
            ).text,
          ) as { user: null | { email: string } }
        ).user?.email ?? null
      expect([await meFrom('https://evil.example'), await meFrom('http://localhost:3000')]).toEqual(
        [null, 'editor@example.com'],
      )
    })

    it('should send CORS headers only to origins in CORS_ORIGINS', async () => {
      const allowOrigin = async (origin: string) => {
        const routes = await import('@payloadcms/next/routes')
        const { default: config } = await import('../../src/payload.config')
        const response = await routes.REST_OPTIONS(config)(
          new Request('http://localhost/api/articles', {
            headers: { 'access-control-request-method': 'GET', origin },
            method: 'OPTIONS',
          }),
          { params: Promise.resolve({ slug: ['articles'] }) },
        )
        return response.headers.get('access-control-allow-origin')
      }
      expect([await allowOrigin(allowedSite), await allowOrigin('https://evil.example')]).toEqual([
        allowedSite,
        null,
      ])
    })
  })

  describe('GraphQL', () => {
    it('should answer a site’s issue page query', async () => {
      const answer = await callGraphQL({
        query: `{ Issues(limit: 1) { docs { id title period articles { docs { id title excerpt
          department { name } authors { name } photos { url alt caption } } } } } }`,
      })
      expect(answer.text).not.toContain('errors')
    })

    it('should refuse an over-complex query before running it', async () => {
      // Twenty aliased copies of a page query: the classic way to make one request cost a lot.
      const page = 'docs { title authors { name authored { docs { title department { name } } } } }'
      const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: Articles { ${page} }`)
      const answer = await callGraphQL({ query: `{ ${aliases.join(' ')} }` })
      expect(answer.text).toMatch(/maximum complexity of 200/)
    })

    it('should refuse introspection and the playground in production', async () => {
      const nodeEnv = process.env.NODE_ENV
      Object.assign(process.env, { NODE_ENV: 'production' })
      try {
        const introspection = await callGraphQL({ query: '{ __schema { types { name } } }' })
        const routes = await import('@payloadcms/next/routes')
        const { default: config } = await import('../../src/payload.config')
        const playground = await routes.GRAPHQL_PLAYGROUND_GET(config)(
          new Request('http://localhost/api/graphql-playground'),
        )
        expect([introspection.text.includes('__schema'), playground.status]).toEqual([true, 404])
        expect(introspection.text).toMatch(/introspection/i)
      } finally {
        Object.assign(process.env, { NODE_ENV: nodeEnv })
      }
    })
  })

  describe('uploads', () => {
    it('should accept a PNG photo and a text bulletin (the allowed types)', async () => {
      const photo = await upload({
        bytes: await png(),
        collection: 'photos',
        data: { caption: '图片', office: officeId },
        name: 'photo.png',
        type: 'image/png',
      })
      const bulletin = await upload({
        bytes: Buffer.from('临汾路社区报 第1期\n'),
        collection: 'import-runs',
        data: { office: officeId },
        name: 'bulletin.txt',
        type: 'text/plain',
      })
      expect([photo.status, bulletin.status]).toEqual([201, 201])
    })

    it.each([
      ['a text file named as a JPEG photo', 'photos', 'photo.jpg', 'image/jpeg', 'text'],
      ['a GIF photo', 'photos', 'photo.gif', 'image/gif', 'gif'],
      ['an image as a bulletin file', 'import-runs', 'bulletin.png', 'image/png', 'png'],
      ['a ZIP archive as a bulletin file', 'import-runs', 'bulletin.zip', 'application/zip', 'zip'],
    ] as const)('should refuse %s, storing nothing', async (_, collection, name, type, kind) => {
      const bytes = {
        gif: Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'),
        png: await png(),
        text: Buffer.from('not an image at all\n'),
        zip: Buffer.from('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'base64'),
      }[kind]
      const before = await countUploads()
      const answer = await upload({ bytes, collection, data: { office: officeId }, name, type })
      expect([answer.status >= 400, await countUploads()]).toEqual([true, before])
    })

    it('should refuse a file over UPLOAD_MAX_BYTES with 413, not store it truncated', async () => {
      const text = Buffer.alloc(uploadLimit + 1, 'a')
      const before = await countUploads()
      const answer = await upload({
        bytes: text,
        collection: 'import-runs',
        data: { office: officeId },
        name: 'big.txt',
        type: 'text/plain',
      })
      expect([answer.status, await countUploads()]).toEqual([413, before])
    })

    it('should refuse an upload from a pasted URL', async () => {
      const answer = await callApi({
        credentials: editor,
        method: 'GET',
        path: 'photos/paste-url?src=http://127.0.0.1:9/photo.png',
      })
      expect(answer.status).toBe(400)
    })
  })
})
