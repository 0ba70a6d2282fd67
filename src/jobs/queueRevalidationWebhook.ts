import type { CollectionSlug } from 'payload'

import type { ContentChangeListener } from '../changes/types'
import { revalidationQueue, sendRevalidationWebhookTaskSlug } from './constants'

export type RevalidationWebhookInput = {
  at: string
  event: string
  officeId: number
  paths: string[]
  tags: string[]
}

/**
 * The content change listener behind the revalidation webhook: queues one signed POST to the
 * office's webhook, in the same transaction as the change (a rolled-back save sends nothing).
 * Offices without a webhook URL get no job.
 */
export const generateQueueRevalidationWebhook =
  ({ officesSlug }: { officesSlug: CollectionSlug }): ContentChangeListener =>
  async ({ at, event, office, paths, req, tags }) => {
    // A process may hold Payload configs with other slugs: each listener serves its own.
    if (!(officesSlug in req.payload.collections)) return
    const { revalidationWebhookUrl } = (await req.payload.findByID({
      collection: officesSlug,
      depth: 0,
      id: office.id,
      req,
      select: { revalidationWebhookUrl: true },
    })) as { revalidationWebhookUrl?: null | string }
    if (!revalidationWebhookUrl) return
    const input: RevalidationWebhookInput = { at, event, officeId: Number(office.id), paths, tags }
    await req.payload.jobs.queue({
      input,
      queue: revalidationQueue,
      req,
      task: sendRevalidationWebhookTaskSlug,
    })
  }
