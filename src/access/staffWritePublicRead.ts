import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { isAuthenticated } from './isAuthenticated'

/** Anyone reads (sites show them); staff create, edit and delete. */
export const staffWritePublicRead: CollectionConfig['access'] = {
  create: isAuthenticated,
  delete: isAuthenticated,
  read: anyone,
  update: isAuthenticated,
}
