import type { Access } from 'payload'

import { hasRole } from '../utilities/hasRole'

/** Administrators reach every user; everyone else only their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  return hasRole(req.user, 'admin') ? true : { id: { equals: req.user.id } }
}
