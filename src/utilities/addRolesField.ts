import type { CollectionConfig, Field } from 'payload'

import { isAdminFieldLevel } from '../access/isAdminFieldLevel'
import { userRoles } from '../constants'

const roleLabels = {
  admin: { en: 'Administrator (all offices)', zh: '管理员（全部街道）' },
  author: { en: 'Author (drafts)', zh: '作者（撰写草稿）' },
  editor: { en: 'Editor (publishes)', zh: '编辑（可发布）' },
  site: { en: 'Site (read-only API key)', zh: '网站（只读 API 密钥）' },
} as const

const rolesField: Field = {
  name: 'roles',
  type: 'select',
  access: { create: isAdminFieldLevel, update: isAdminFieldLevel },
  defaultValue: ['author'],
  hasMany: true,
  label: { en: 'Roles', zh: '角色' },
  options: userRoles.map((role) => ({ label: roleLabels[role], value: role })),
  required: true,
  saveToJWT: true,
  validate: (value: unknown, { siblingData }: { siblingData: unknown }) => {
    const roles = Array.isArray(value) ? (value as unknown[]) : []
    if (!roles.includes('site')) return true
    const offices = (siblingData as { offices?: unknown[] | null } | undefined)?.offices ?? []
    return roles.length === 1 && offices.length === 1
      ? true
      : '网站密钥用户只能有“网站”一个角色和一个街道 (a site key user has only the site role and exactly one office)'
  },
}

/** Gives the host's staff collection a `roles` field, unless it already has one. */
export const addRolesField = (collection: CollectionConfig): CollectionConfig => {
  const hasRoles = collection.fields.some((field) => 'name' in field && field.name === 'roles')
  return hasRoles ? collection : { ...collection, fields: [...collection.fields, rolesField] }
}
