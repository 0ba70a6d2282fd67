import type { Access } from 'payload'

import { isStaffUser } from '../utilities/hasRole'

/**
 * Staff read everything of their offices (the multi-tenant plugin narrows it); the public and
 * site keys read what is published (a site key, only its own office's).
 */
export const publishedOrStaff: Access = ({ req }) =>
  isStaffUser(req.user) ? true : { _status: { equals: 'published' } }
