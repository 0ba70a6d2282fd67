import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importBulletinFile } from '../../importers/bulletin/persist/importBulletinFile'
import { callRest } from './helpers/callRest'
import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

let testPayload: TestPayload
let runId: number
let officeId: number

const loginAs = async (role: 'author' | 'editor') => {
  const email = `${role}@example.com`
  const password = 'a-long-test-password'
  await testPayload.payload.create({
    collection: 'users',
    data: { email, offices: [{ office: officeId }], password, roles: [role] },
  })
  const { token } = await testPayload.payload.login({
    collection: 'users',
    data: { email, password },
  })
  return token ?? ''
}

describe('POST /api/import-runs/:id/rollback', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    const file = '004_d741e30b801ec085.txt'
    await importBulletinFile({
      bytes: await readFile(path.resolve('seed/bulletins', file)),
      fileName: file,
      payload: testPayload.payload,
    })
    const { docs } = await testPayload.payload.find({ collection: 'import-runs', depth: 0 })
    runId = docs[0]?.id ?? -1
    officeId = Number(docs[0]?.office)
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should refuse an author', async () => {
    const response = await callRest({
      method: 'POST',
      path: `import-runs/${runId}/rollback`,
      token: await loginAs('author'),
    })
    expect(response.status).toBe(403)
  })

  it("should let an editor of the run's office roll it back", async () => {
    const response = await callRest({
      method: 'POST',
      path: `import-runs/${runId}/rollback`,
      token: await loginAs('editor'),
    })
    const issues = await testPayload.payload.count({ collection: 'issues' })
    expect([response.status, issues.totalDocs]).toEqual([200, 0])
  })
})
