import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isAdmin } from '../src/access/isAdmin'
import { isEditorOfOffice } from '../src/access/isEditorOfOffice'
import { isStaffOfOfficeFieldLevel } from '../src/access/isStaffOfOfficeFieldLevel'
import { adminGroups } from '../src/defaults'
import type { CollectionFactoryArgs } from '../src/types'
import { slugField } from '../src/fields/slugField'
import { webhookSecretField } from '../src/fields/webhookSecretField'

/** The street offices (街道办事处): the tenants every piece of content belongs to. */
export const generateOfficesCollection = ({
  labels,
  options,
}: CollectionFactoryArgs): CollectionConfig => ({
  slug: options.slugs.offices,
  access: { create: isAdmin, delete: isAdmin, read: anyone, update: isEditorOfOffice },
  admin: {
    defaultColumns: ['name', 'district', 'publication', 'slug'],
    group: adminGroups.settings,
    useAsTitle: 'name',
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      admin: { description: { en: 'e.g. 临汾路街道', zh: '例如：临汾路街道' } },
      label: { en: 'Name', zh: '名称' },
      required: true,
      unique: true,
    },
    slugField({ from: 'name' }),
    { name: 'district', type: 'text', label: { en: 'District', zh: '所属区' } },
    {
      name: 'publication',
      type: 'text',
      admin: {
        description: { en: 'The paper’s name, e.g. 平凉之窗', zh: '报刊名称，例如：平凉之窗' },
      },
      label: { en: 'Publication', zh: '报刊名称' },
    },
    {
      name: 'siteUrl',
      type: 'text',
      access: { read: isStaffOfOfficeFieldLevel },
      label: { en: 'Website URL', zh: '网站地址' },
    },
    {
      name: 'revalidationWebhookUrl',
      type: 'text',
      access: { read: isStaffOfOfficeFieldLevel },
      label: { en: 'Revalidation webhook URL', zh: '网站刷新通知地址' },
    },
    webhookSecretField(),
  ],
  graphQL: { pluralName: 'Offices', singularName: 'Office' },
  labels: { plural: labels.plural, singular: labels.singular },
})
