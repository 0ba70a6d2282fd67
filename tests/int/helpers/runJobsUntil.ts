import type { Payload } from 'payload'

/**
 * Runs a queue's due jobs again and again until `isDone` holds (retries wait for their backoff),
 * failing after `timeoutMs`.
 */
export const runJobsUntil = async ({
  isDone,
  payload,
  queue,
  timeoutMs = 30_000,
}: {
  isDone: () => boolean | Promise<boolean>
  payload: Payload
  queue: string
  timeoutMs?: number
}): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (!(await isDone())) {
    if (Date.now() > deadline)
      throw new Error(`the ${queue} queue did not finish in ${timeoutMs} ms`)
    await payload.jobs.run({ limit: 100, queue })
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Whether a queue has no job left to run now or later (completed or out of retries). */
export const isQueueSettled = async (payload: Payload, queue: string): Promise<boolean> => {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: queue } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  return totalDocs === 0
}
