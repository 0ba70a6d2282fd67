import type { FieldAccess } from 'payload'

import { isStaffUser } from '../utilities/hasRole'

/** Fields for staff only (provenance, diagnostics): hidden from the public and site keys. */
export const isStaffFieldLevel: FieldAccess = ({ req }) => isStaffUser(req.user)
