import type { CollectionConfig, Field } from 'payload'

import { userRoles } from '../constants'

const roleLabels = {
  admin: { en: 'Administrator (all offices)', zh: '管理员（全部街道）' },
  author: { en: 'Author (drafts)', zh: '作者（撰写草稿）' },
  editor: { en: 'Editor (publishes)', zh: '编辑（可发布）' },
} as const

const rolesField: Field = {
  name: 'roles',
  type: 'select',
  access: {
    update: ({ req }) => Array.isArray(req.user?.roles) && req.user.roles.includes('admin'),
  },
  defaultValue: ['author'],
  hasMany: true,
  label: { en: 'Roles', zh: '角色' },
  options: userRoles.map((role) => ({ label: roleLabels[role], value: role })),
  required: true,
  saveToJWT: true,
}

/** Gives the host's staff collection a `roles` field, unless it already has one. */
export const addRolesField = (collection: CollectionConfig): CollectionConfig => {
  const hasRoles = collection.fields.some((field) => 'name' in field && field.name === 'roles')
  return hasRoles ? collection : { ...collection, fields: [...collection.fields, rolesField] }
}
