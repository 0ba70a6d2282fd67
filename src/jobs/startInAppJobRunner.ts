import type { Payload } from 'payload'

import { Cron } from 'croner'

import { importQueue, revalidationQueue } from './constants'
import { runClaimedJobs } from './runClaimedJobs'

/**
 * Runs the plugin's queues inside the web app (development, or one-process deployments): the
 * inbox schedule and imports every 10 s, revalidation webhooks every 2 s. Jobs are claimed with
 * runClaimedJobs, so several app instances and workers on one database never run a job twice.
 * The crons join Payload's own, which `payload.destroy()` stops.
 */
export const startInAppJobRunner = (payload: Payload): void => {
  const options = {
    catch: (err: unknown) => payload.logger.error({ err, msg: 'Bulletin job runner failed' }),
    protect: true,
  }
  payload.crons.push(
    new Cron(
      '*/2 * * * * *',
      async () => {
        await runClaimedJobs({ payload, queue: revalidationQueue })
      },
      options,
    ),
    new Cron(
      '*/10 * * * * *',
      async () => {
        await payload.jobs.handleSchedules({ queue: importQueue })
        await runClaimedJobs({ payload, queue: importQueue })
      },
      options,
    ),
  )
}
