import type { Payload } from 'payload'

import { jobLeaseMs } from './constants'

/**
 * Payload 3 leaves a job marked processing when its worker dies mid-run; after the lease such
 * jobs are handed back to the queue. The import itself is one transaction, so a dead worker left
 * nothing half-written, and the same file is never imported twice.
 */
export const releaseExpiredJobs = async (payload: Payload): Promise<number> => {
  const expiredBefore = new Date(Date.now() - jobLeaseMs).toISOString()
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    data: { processing: false },
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: expiredBefore } }] },
  })
  return docs.length
}
