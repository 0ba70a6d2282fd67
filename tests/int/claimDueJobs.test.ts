import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { revalidationQueue, sendRevalidationWebhookTaskSlug } from '../../src/jobs/constants'
import { claimDueJobs } from '../../src/jobs/runClaimedJobs'
import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

let testPayload: TestPayload
const jobCount = 40

describe('claiming due jobs', () => {
  beforeAll(async () => {
    process.env.RUN_JOBS_IN_APP = 'false'
    testPayload = await initTestPayload()
    const { payload } = testPayload
    const office = await payload.create({
      collection: 'offices',
      data: { name: '临汾路街道', slug: 'linfenlu' },
    })
    for (let index = 0; index < jobCount; index += 1) {
      await payload.jobs.queue({
        input: { at: '', event: 'publish', officeId: office.id, paths: [], tags: [] },
        queue: revalidationQueue,
        task: sendRevalidationWebhookTaskSlug,
      })
    }
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should give each due job to exactly one of four concurrent claimers', async () => {
    const claims = await Promise.all(
      Array.from({ length: 4 }, () =>
        claimDueJobs({ limit: jobCount, payload: testPayload.payload, queue: revalidationQueue }),
      ),
    )
    const ids = claims.flat()
    expect({ claimed: ids.length, distinct: new Set(ids).size }).toEqual({
      claimed: jobCount,
      distinct: jobCount,
    })
  })

  it('should leave a job waiting for its backoff unclaimed', async () => {
    const job = await testPayload.payload.jobs.queue({
      input: { at: '', event: 'update', officeId: 1, paths: [], tags: [] },
      queue: revalidationQueue,
      task: sendRevalidationWebhookTaskSlug,
      waitUntil: new Date(Date.now() + 60_000),
    })
    expect(
      await claimDueJobs({ limit: 10, payload: testPayload.payload, queue: revalidationQueue }),
    ).not.toContain(job.id)
  })
})
