import type { Access } from 'payload'

import { isStaffUser } from '../utilities/hasRole'

/**
 * Administrators, editors and authors; not the public, not a site's API key. The multi-tenant
 * plugin narrows what non-administrators reach to their own offices.
 */
export const isStaff: Access = ({ req }) => isStaffUser(req.user)
