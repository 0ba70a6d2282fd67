import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { Forbidden } from 'payload'

import { canPublishAsUser, isStaffUser } from '../utilities/hasRole'

type WriteArgs = {
  data?: { _status?: unknown }
  draft?: boolean
  id?: number | string
}

/**
 * Whether the author may see the document and it is published. Asked with the author's own
 * access, so a document of another office answers like a missing one (the update then fails
 * with "not found" either way, and never tells the two apart).
 */
const isVisibleAndPublished = async ({
  collection,
  id,
  req,
}: {
  collection: CollectionSlug
  id: number | string
  req: PayloadRequest
}): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection,
    overrideAccess: false,
    req,
    user: req.user,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
  })
  return totalDocs > 0
}

/**
 * Authors write drafts only. An update without `draft: true` writes the main document, so on
 * a published issue or article it would publish the author's change (or, with
 * `_status: 'draft'`, unpublish it): refused. Access (`canWriteDrafts`) already refuses an
 * explicit `_status: 'published'`; this covers the writes that carry no status.
 */
export const refuseAuthorPublishing: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess || operation !== 'update') return args
  if (!isStaffUser(req.user) || canPublishAsUser(req.user)) return args
  const { data, draft, id } = args as WriteArgs
  if (data?._status === 'published') throw new Forbidden(req.t)
  if (draft === true) return args
  const isPublished =
    id === undefined ? true : await isVisibleAndPublished({ collection: collection.slug, id, req })
  if (isPublished) throw new Forbidden(req.t)
  return args
}
