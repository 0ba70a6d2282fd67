import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isAdminOrSelf } from '../src/access/isAdminOrSelf'
import { adminGroups } from '../src/defaults'
import { isStaffUser } from '../src/utilities/hasRole'

const isProduction = process.env.NODE_ENV === 'production'

/**
 * The host app's staff accounts. The bulletin plugin adds their `roles` and the offices each may
 * work for. A downstream site reads with an API key: a user with the `site` role and one office,
 * whose key (`Authorization: users API-Key <key>`) reads only that office's published content.
 */
export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    // Site keys read the API; only staff open the admin.
    admin: ({ req }) => isStaffUser(req.user),
    create: isAdmin,
    delete: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    group: adminGroups.settings,
    useAsTitle: 'email',
  },
  auth: {
    cookies: { sameSite: 'Lax', secure: isProduction },
    lockTime: 10 * 60 * 1000,
    maxLoginAttempts: 5,
    useAPIKey: true,
  },
  fields: [{ name: 'name', type: 'text', label: { en: 'Name', zh: '姓名' } }],
  graphQL: { pluralName: 'Users', singularName: 'User' },
  labels: {
    plural: { en: 'Users', zh: '用户' },
    singular: { en: 'User', zh: '用户' },
  },
}
