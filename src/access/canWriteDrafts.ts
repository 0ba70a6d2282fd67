import type { Access } from 'payload'

import { canPublishAsUser, isStaffUser } from '../utilities/hasRole'

/**
 * Create and update of drafted collections: editors and administrators freely, authors only
 * when the write does not publish. Payload asks this with `{ _status: 'published' }` to decide
 * whether the admin shows Publish and Schedule, so authors see neither. Writes that would
 * change a published document without `_status` are refused by `refuseAuthorPublishing`.
 */
export const canWriteDrafts: Access = ({ data, req }) => {
  if (canPublishAsUser(req.user)) return true
  if (!isStaffUser(req.user)) return false
  return (data as { _status?: unknown } | undefined)?._status !== 'published'
}
