import type { Payload } from 'payload'

import type { Pool } from 'pg'

/**
 * Payload 3.90 picks due jobs with a read and then marks them processing with separate updates,
 * so two processes polling one database can both pick, and run, the same job. Here one UPDATE
 * with `FOR UPDATE SKIP LOCKED` on the primary claims each due job for exactly one process.
 */
export const claimDueJobs = async ({
  limit,
  payload,
  queue,
}: {
  limit: number
  payload: Payload
  queue: string
}): Promise<number[]> => {
  const { pool } = payload.db as unknown as { pool: Pool }
  const { rows } = await pool.query<{ id: number }>(
    `update payload_jobs set processing = true, updated_at = now()
     where id in (
       select id from payload_jobs
       where queue = $1 and processing = false and completed_at is null
         and has_error is not true and (wait_until is null or wait_until <= now())
       order by created_at
       limit $2
       for update skip locked)
     returning id`,
    [queue, limit],
  )
  return rows.map((row) => row.id)
}

/**
 * Runs a queue's due jobs that this process claimed (see claimDueJobs); Payload then runs each
 * as usual, with its retries and backoff. Returns how many were claimed.
 */
export const runClaimedJobs = async ({
  limit = 10,
  payload,
  queue,
}: {
  limit?: number
  payload: Payload
  queue: string
}): Promise<number> => {
  const ids = await claimDueJobs({ limit, payload, queue })
  await Promise.all(ids.map((id) => payload.jobs.runByID({ id })))
  return ids.length
}
