import type { Field } from 'payload'

import type { LocalizedLabel } from '../types'
import { aliasesField } from './aliasesField'
import { officeSlugField } from './slugField'

/**
 * A department's or person's name as printed, the other spellings it goes by, and its slug
 * (unique within the office).
 */
export const namedEntityFields = ({ nameLabel }: { nameLabel: LocalizedLabel }): Field[] => [
  { name: 'name', type: 'text', index: true, label: nameLabel, required: true },
  aliasesField(),
  officeSlugField({ base: (data) => (typeof data.name === 'string' ? data.name : '') }),
  {
    name: 'mergeInto',
    type: 'ui',
    admin: {
      components: { Field: '/components/MergeInto/index.client#MergeInto' },
      position: 'sidebar',
    },
    label: { en: 'Merge a duplicate', zh: '合并重复条目' },
  },
]
