import type { Field } from 'payload'

import type { LocalizedLabel } from '../types'
import { aliasesField } from './aliasesField'
import { slugField } from './slugField'

/** A department's or person's name as printed, the other spellings it goes by, and its slug. */
export const namedEntityFields = ({ nameLabel }: { nameLabel: LocalizedLabel }): Field[] => [
  { name: 'name', type: 'text', index: true, label: nameLabel, required: true },
  aliasesField(),
  slugField({ from: 'name' }),
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
