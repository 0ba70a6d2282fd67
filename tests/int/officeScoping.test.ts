import type { User } from '../../src/payload-types'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { OfficeContent } from './helpers/createOfficeContent'
import type { TestPayload } from './helpers/initTestPayload'
import { createOfficeContent } from './helpers/createOfficeContent'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

let testPayload: TestPayload
let officeA: OfficeContent
let officeB: OfficeContent
let editorOfA: User

describe('office scoping', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    officeA = await createOfficeContent(testPayload.payload, {
      name: '芷江西路街道',
      period: '2021-07',
    })
    officeB = await createOfficeContent(testPayload.payload, {
      name: '张庙街道',
      period: '2021-01',
    })
    editorOfA = await testPayload.payload.create({
      collection: 'users',
      data: {
        email: 'editor-a@example.com',
        offices: [{ office: officeA.office.id }],
        password: 'a-long-test-password',
        roles: ['editor'],
      },
    })
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it("should list only the editor's own office's articles", async () => {
    const { docs } = await testPayload.payload.find({
      collection: 'articles',
      overrideAccess: false,
      user: editorOfA,
    })
    expect(
      new Set(docs.map((doc) => (typeof doc.office === 'object' ? doc.office?.id : doc.office))),
    ).toEqual(new Set([officeA.office.id]))
  })

  it("should answer another office's article as not found", async () => {
    await expect(
      testPayload.payload.findByID({
        collection: 'articles',
        id: officeB.articles[0]!.id,
        overrideAccess: false,
        user: editorOfA,
      }),
    ).rejects.toMatchObject({ status: 404 })
  })

  it("should refuse to update another office's issue", async () => {
    await expect(
      testPayload.payload.update({
        collection: 'issues',
        data: { issueNumber: 9 },
        id: officeB.issue.id,
        overrideAccess: false,
        user: editorOfA,
      }),
    ).rejects.toThrow()
    const unchanged = await testPayload.payload.findByID({
      collection: 'issues',
      id: officeB.issue.id,
    })
    expect(unchanged.issueNumber ?? null).toBeNull()
  })

  it("should scope join fields to the editor's office", async () => {
    const person = await testPayload.payload.findByID({
      collection: 'people',
      id: officeA.people[0]!.id,
      overrideAccess: false,
      user: editorOfA,
    })
    expect(person.mentionedIn?.docs).toHaveLength(2)
  })

  it('should let an administrator read every office', async () => {
    const admin = await testPayload.payload.create({
      collection: 'users',
      data: { email: 'admin@example.com', password: 'a-long-test-password', roles: ['admin'] },
    })
    const { totalDocs } = await testPayload.payload.count({
      collection: 'articles',
      overrideAccess: false,
      user: admin,
    })
    expect(totalDocs).toBe(4)
  })
})
