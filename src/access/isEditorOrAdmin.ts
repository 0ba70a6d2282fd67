import type { Access } from 'payload'

import { canPublishAsUser } from '../utilities/hasRole'

/** Editors (within their offices, narrowed by the multi-tenant plugin) and administrators. */
export const isEditorOrAdmin: Access = ({ req }) => canPublishAsUser(req.user)
