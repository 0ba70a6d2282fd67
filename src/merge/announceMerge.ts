import type { PayloadRequest } from 'payload'

import type { BulletinSlugs } from '../constants'
import type { PublishedReferrers } from './findPublishedReferrers'
import type { MergeableKey } from './types'
import { emitContentChange } from '../changes/contentChanges'
import { toMergeRevalidationTargets } from '../changes/toMergeRevalidationTargets'

/**
 * Emits a merge as one content change of the entry kept (an `update`): its revalidation webhook
 * names that entry's page, the merged one's, and every published page that named the merged
 * one, so a site refreshes them all from one request. Runs in `req`'s transaction, like the
 * hooks' own changes, so a merge that rolls back announces nothing.
 */
export const announceMerge = async ({
  fromId,
  key,
  officeId,
  referrers,
  req,
  slugs,
  toId,
}: {
  fromId: number
  key: MergeableKey
  officeId: number | string
  referrers: PublishedReferrers
  req: PayloadRequest
  slugs: Pick<BulletinSlugs, 'offices'>
  toId: number
}): Promise<void> => {
  const office = (await req.payload.findByID({
    collection: slugs.offices,
    depth: 0,
    id: officeId,
    req,
    select: { slug: true },
  })) as { slug?: null | string }
  const officeSlug = office.slug ?? String(officeId)
  await emitContentChange({
    at: new Date().toISOString(),
    collection: key,
    event: 'update',
    id: toId,
    office: { id: officeId, slug: officeSlug },
    req,
    ...toMergeRevalidationTargets({ ...referrers, collection: key, fromId, officeSlug, toId }),
  })
}
