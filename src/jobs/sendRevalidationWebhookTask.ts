import type { CollectionSlug, TaskConfig } from 'payload'

import { signWebhookBody } from '../changes/signWebhookBody'
import { generateWebhookSecret } from '../fields/webhookSecretField'
import {
  sendRevalidationWebhookTaskSlug,
  webhookSignatureHeader,
  webhookTimestampHeader,
} from './constants'
import type { RevalidationWebhookInput } from './queueRevalidationWebhook'

type OfficeForWebhook = {
  id: number | string
  revalidationSecret?: null | string
  revalidationWebhookUrl?: null | string
  slug?: null | string
}

/**
 * POSTs `{ office, paths, tags, event, at }` to the office's revalidation webhook, signed with
 * its secret. A failed request (network error, timeout, or a status other than 2xx) throws, and
 * the jobs queue retries it with exponential backoff. The URL and secret are read when the job
 * runs, so a changed URL or a rotated secret applies to jobs already queued.
 */
export const generateSendRevalidationWebhookTask = ({
  attempts,
  backoffDelayMs,
  officesSlug,
  timeoutMs,
}: {
  attempts: number
  backoffDelayMs: number
  officesSlug: CollectionSlug
  timeoutMs: number
}): TaskConfig => ({
  handler: async ({ input, req }) => {
    const { at, event, officeId, paths, tags } = input as RevalidationWebhookInput
    const { payload } = req
    const office = (await payload.findByID({
      collection: officesSlug,
      depth: 0,
      id: officeId,
      req,
      showHiddenFields: true,
    })) as OfficeForWebhook
    if (!office.revalidationWebhookUrl) return { output: { status: 0 } }
    // Offices saved before secrets existed get one now; an administrator reads it in the admin.
    const secret = office.revalidationSecret || generateWebhookSecret()
    if (!office.revalidationSecret) {
      await payload.update({
        collection: officesSlug,
        data: { revalidationSecret: secret },
        id: office.id,
        req,
      })
    }
    const body = JSON.stringify({ at, event, office: office.slug, paths, tags })
    const timestamp = String(Math.floor(Date.now() / 1000))
    const response = await fetch(office.revalidationWebhookUrl, {
      body,
      headers: {
        'content-type': 'application/json',
        [webhookSignatureHeader]: signWebhookBody({ body, secret, timestamp }),
        [webhookTimestampHeader]: timestamp,
      },
      method: 'POST',
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) {
      throw new Error(
        `revalidation webhook of office ${office.slug ?? office.id} answered ${response.status}`,
      )
    }
    return { output: { status: response.status } }
  },
  inputSchema: [
    { name: 'officeId', type: 'number', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'paths', type: 'json', required: true },
    { name: 'tags', type: 'json', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  label: 'Send a revalidation webhook',
  outputSchema: [{ name: 'status', type: 'number' }],
  retries: { attempts, backoff: { delay: backoffDelayMs, type: 'exponential' } },
  slug: sendRevalidationWebhookTaskSlug,
})
