import type { ArrayField } from 'payload'

/** Other spellings of a name, so imports match a person or department printed differently. */
export const aliasesField = (): ArrayField => ({
  name: 'aliases',
  type: 'array',
  labels: { plural: { en: 'Aliases', zh: '别名' }, singular: { en: 'Alias', zh: '别名' } },
  fields: [{ name: 'alias', type: 'text', label: { en: 'Alias', zh: '别名' }, required: true }],
  label: { en: 'Aliases', zh: '别名' },
})
