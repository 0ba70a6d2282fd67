import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { Forbidden } from 'payload'

import { canPublishAsUser, isStaffUser } from '../utilities/hasRole'

type WriteArgs = {
  data?: { _status?: unknown }
  draft?: boolean
  id?: number | string
}

const isPublishedInDatabase = async ({
  collection,
  id,
  req,
}: {
  collection: CollectionSlug
  id: number | string
  req: Parameters<CollectionBeforeOperationHook>[0]['req']
}): Promise<boolean> => {
  const current = (await req.payload.db.findOne({
    collection,
    req,
    where: { id: { equals: id } },
  })) as { _status?: unknown } | null
  return current?._status === 'published'
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
    id === undefined ? true : await isPublishedInDatabase({ collection: collection.slug, id, req })
  if (isPublished) throw new Forbidden(req.t)
  return args
}
