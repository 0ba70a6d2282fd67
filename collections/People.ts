import type { CollectionConfig } from 'payload'

import { staffWritePublicRead } from '../src/access/staffWritePublicRead'
import { adminGroups } from '../src/defaults'
import { generateMergeNamedEntityEndpoint } from '../src/endpoints/mergeNamedEntityEndpoint'
import { namedEntityFields } from '../src/fields/namedEntityFields'
import type { CollectionFactoryArgs } from '../src/types'

/**
 * People named in the bulletins. A person's roles change over time, so they are recorded per
 * article (Articles' `mentions`), and reached from here through the join fields.
 */
export const generatePeopleCollection = ({
  labels,
  options,
}: CollectionFactoryArgs): CollectionConfig => ({
  slug: options.slugs.people,
  access: staffWritePublicRead,
  admin: {
    defaultColumns: ['name', 'slug', 'updatedAt'],
    group: adminGroups.content,
    useAsTitle: 'name',
  },
  endpoints: [generateMergeNamedEntityEndpoint({ key: 'people', slugs: options.slugs })],
  fields: [
    ...namedEntityFields({ nameLabel: { en: 'Name', zh: '姓名' } }),
    {
      name: 'mentionedIn',
      type: 'join',
      collection: options.slugs.articles,
      defaultSort: '-createdAt',
      label: { en: 'Mentioned in', zh: '提及的文章' },
      on: 'mentions.person',
    },
    {
      name: 'authored',
      type: 'join',
      collection: options.slugs.articles,
      defaultSort: '-createdAt',
      label: { en: 'Articles written', zh: '撰写的文章' },
      on: 'authors',
    },
    {
      name: 'photographed',
      type: 'join',
      collection: options.slugs.articles,
      defaultSort: '-createdAt',
      label: { en: 'Articles photographed', zh: '摄影的文章' },
      on: 'photographers',
    },
  ],
  graphQL: { pluralName: 'People', singularName: 'Person' },
  labels: { plural: labels.plural, singular: labels.singular },
})
