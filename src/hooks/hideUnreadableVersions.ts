import type { CollectionBeforeOperationHook } from 'payload'

import { NotFound } from 'payload'

/**
 * Restoring a version looks the version up before it checks access, so another office's
 * version would answer "forbidden" where a missing one answers "not found", telling a guesser
 * which ids exist. Here a version the user may not read answers "not found" first (and the
 * public, who read no versions, "forbidden" for every id).
 */
export const hideUnreadableVersions: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess || operation !== 'restoreVersion') return args
  const { id } = args as { id?: number | string }
  if (id === undefined) return args
  const { totalDocs } = await req.payload.countVersions({
    collection: collection.slug,
    overrideAccess: false,
    req,
    user: req.user,
    where: { id: { equals: id } },
  })
  if (totalDocs === 0) throw new NotFound(req.t)
  return args
}
