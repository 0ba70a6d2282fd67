import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { isEditorOrAdmin } from './isEditorOrAdmin'
import { isStaff } from './isStaff'

/** Anyone reads (sites show them); staff create and edit; editors and administrators delete. */
export const staffWritePublicRead: CollectionConfig['access'] = {
  create: isStaff,
  delete: isEditorOrAdmin,
  read: anyone,
  update: isStaff,
}
