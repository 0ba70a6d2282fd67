import type { TextField } from 'payload'

import { formatSlug } from '../utilities/formatSlug'

/**
 * A URL-safe slug filled from another field when left empty. Chinese text is kept as printed:
 * browsers and Next routes handle UTF-8 paths, and a transliteration would be lossy.
 */
export const slugField = ({ from }: { from: string }): TextField => ({
  name: 'slug',
  type: 'text',
  admin: { position: 'sidebar' },
  hooks: {
    beforeValidate: [
      ({ data, value }: { data?: Record<string, unknown>; value?: unknown }) => {
        if (typeof value === 'string' && value.trim() !== '') return formatSlug(value)
        const source: unknown = data?.[from]
        return typeof source === 'string' ? formatSlug(source) : (value ?? null)
      },
    ],
  },
  index: true,
  label: { en: 'Slug', zh: '网址标识' },
})
