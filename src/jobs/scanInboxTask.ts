import type { TaskConfig } from 'payload'

import { importQueue, scanInboxTaskSlug } from './constants'
import { releaseExpiredJobs } from './releaseExpiredJobs'
import { scanInbox } from './scanInbox'

/**
 * The scheduled scan of the import inbox. Registered even without an inbox (then never
 * scheduled), so the generated types do not depend on the environment.
 */
export const generateScanInboxTask = ({
  inbox,
}: {
  inbox: { cron: string; dir: string } | null
}): TaskConfig => ({
  handler: async ({ req }) => {
    const released = await releaseExpiredJobs(req.payload)
    const queued = inbox ? await scanInbox({ inbox: inbox.dir, payload: req.payload }) : 0
    return { output: { queued, released } }
  },
  label: 'Scan the import inbox',
  outputSchema: [
    { name: 'queued', type: 'number' },
    { name: 'released', type: 'number' },
  ],
  schedule: inbox ? [{ cron: inbox.cron, queue: importQueue }] : [],
  slug: scanInboxTaskSlug,
})
