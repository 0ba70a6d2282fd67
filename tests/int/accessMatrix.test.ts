import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AccessFixtures } from './helpers/access/createAccessFixtures'
import { createAccessFixtures } from './helpers/access/createAccessFixtures'
import { generateAccessCases } from './helpers/access/generateAccessCases'
import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

let testPayload: TestPayload
let fixtures: AccessFixtures

const cases = generateAccessCases()
const controls = generateAccessCases(['administrator']).filter(({ kind }) => kind === 'read')

/**
 * Office A's author, editor and site key, and the anonymous public, against office B's
 * documents: every collection × operation, over REST and GraphQL. A leak is any text of B
 * they may not see, any write that is accepted or changes data, and any guessed id of B that
 * answers differently from a missing one.
 */
describe('access matrix: office A and the public against office B', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    fixtures = await createAccessFixtures(testPayload.payload)
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should generate at least 240 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(240)
  })

  // Controls: the same reads by an administrator do find office B's text, so each query is
  // valid and reaches the data; a case that could not see B's text could not catch a leak.
  it.each(controls.map((entry) => [entry.name, entry] as const))(
    'should let the control see office B: %s',
    async (_, entry) => {
      const findings = await entry.run({ fixtures, payload: testPayload.payload })
      expect(findings).not.toEqual([])
    },
  )

  it.each(cases.map((entry) => [entry.name, entry] as const))(
    'should not leak: %s',
    async (_, entry) => {
      const leaks = await entry.run({ fixtures, payload: testPayload.payload })
      expect(leaks).toEqual([])
    },
  )
})
