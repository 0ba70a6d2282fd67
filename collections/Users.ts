import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isAuthenticated } from '../src/access/isAuthenticated'
import { adminGroups } from '../src/defaults'

/**
 * The host app's staff accounts. The bulletin plugin adds their `roles` and the offices each may
 * work for.
 */
export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: { create: isAdmin, delete: isAdmin, read: isAuthenticated, update: isAuthenticated },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    group: adminGroups.settings,
    useAsTitle: 'email',
  },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000 },
  fields: [{ name: 'name', type: 'text', label: { en: 'Name', zh: '姓名' } }],
  graphQL: { pluralName: 'Users', singularName: 'User' },
  labels: {
    plural: { en: 'Users', zh: '用户' },
    singular: { en: 'User', zh: '用户' },
  },
}
