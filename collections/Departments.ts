import type { CollectionConfig } from 'payload'

import { staffWritePublicRead } from '../src/access/staffWritePublicRead'
import { adminGroups } from '../src/defaults'
import { generateMergeNamedEntityEndpoint } from '../src/endpoints/mergeNamedEntityEndpoint'
import { namedEntityFields } from '../src/fields/namedEntityFields'
import type { CollectionFactoryArgs } from '../src/types'

/** The offices' departments that credit articles: 社区党建办, 街道妇联… */
export const generateDepartmentsCollection = ({
  labels,
  options,
}: CollectionFactoryArgs): CollectionConfig => ({
  slug: options.slugs.departments,
  access: staffWritePublicRead,
  admin: {
    defaultColumns: ['name', 'slug', 'updatedAt'],
    group: adminGroups.content,
    useAsTitle: 'name',
  },
  endpoints: [generateMergeNamedEntityEndpoint({ key: 'departments', slugs: options.slugs })],
  fields: [
    ...namedEntityFields({ nameLabel: { en: 'Name', zh: '名称' } }),
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
