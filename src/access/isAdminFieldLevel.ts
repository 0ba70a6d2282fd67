import type { FieldAccess } from 'payload'

import { hasRole } from '../utilities/hasRole'

export const isAdminFieldLevel: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
