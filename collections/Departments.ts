import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isAuthenticated } from '../src/access/isAuthenticated'
import { adminGroups } from '../src/defaults'
import { aliasesField } from '../src/fields/aliasesField'
import { slugField } from '../src/fields/slugField'
import type { CollectionFactoryArgs } from '../src/types'

/** The offices' departments that credit articles: 社区党建办, 街道妇联… */
export const generateDepartmentsCollection = ({
  labels,
  options,
}: CollectionFactoryArgs): CollectionConfig => ({
  slug: options.slugs.departments,
  access: {
    create: isAuthenticated,
    delete: isAuthenticated,
    read: anyone,
    update: isAuthenticated,
  },
  admin: {
    defaultColumns: ['name', 'slug', 'updatedAt'],
    group: adminGroups.content,
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', index: true, label: { en: 'Name', zh: '名称' }, required: true },
    aliasesField(),
    slugField({ from: 'name' }),
    {
      name: 'articles',
      type: 'join',
      collection: options.slugs.articles,
      defaultSort: '-createdAt',
      label: { en: 'Articles', zh: '文章' },
      on: 'department',
    },
  ],
  graphQL: { pluralName: 'Departments', singularName: 'Department' },
  labels: { plural: labels.plural, singular: labels.singular },
})
