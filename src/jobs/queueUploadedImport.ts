import type { CollectionAfterChangeHook } from 'payload'

import { importBulletinTaskSlug, importQueue } from './constants'

type ImportRunDoc = { filename?: null | string; id: number; status?: string }

/** A bulletin file uploaded to Import runs in the admin is queued for import at once. */
export const queueUploadedImport: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const run = doc as ImportRunDoc
  if (operation !== 'create' || !run.filename || run.status !== 'queued') return run
  await req.payload.jobs.queue({
    input: { importRunId: run.id },
    queue: importQueue,
    req,
    task: importBulletinTaskSlug,
  })
  return run
}
