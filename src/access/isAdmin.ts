import type { Access } from 'payload'

import { hasRole } from '../utilities/hasRole'

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
