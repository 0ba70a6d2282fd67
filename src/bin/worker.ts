import { getPayload } from 'payload'

import { resolveDatabase } from '../db/resolveDatabase'
import { importQueue, revalidationQueue } from '../jobs/constants'
import { runClaimedJobs } from '../jobs/runClaimedJobs'
import { ensurePayloadSecret } from './ensurePayloadSecret'
import { printStartupError } from './printStartupError'

const pollMs = Number(process.env.WORKER_POLL_MS ?? 5_000)

/**
 * `npm run worker`: a job worker beside the web app — it schedules the inbox scan and runs
 * queued imports and revalidation webhooks, until stopped. Several may run on one database: each job is claimed by one.
 */
try {
  await ensurePayloadSecret()
  const database = await resolveDatabase()
  process.env.DATABASE_URL = database.url
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  let isStopping = false
  const stop = () => {
    isStopping = true
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  payload.logger.info(
    `Worker running the ${importQueue} and ${revalidationQueue} queues every ${pollMs / 1000} s`,
  )
  while (!isStopping) {
    await payload.jobs.handleSchedules({ queue: importQueue })
    await runClaimedJobs({ payload, queue: revalidationQueue })
    await runClaimedJobs({ payload, queue: importQueue })
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  await payload.destroy()
  await database.stop()
  process.exit(0)
} catch (error) {
  printStartupError(error)
  process.exit(1)
}
