import type { ContentChangeEvent } from './types'

/**
 * Which public change a save is, or null when the website sees nothing new (a draft created or
 * saved). Collections without drafts are public as soon as saved. With drafts, the main row is
 * what the public reads: `wasPublished` is its status before the save, `isStillPublished` after
 * it, which tells a draft saved over a published document (the main row stays published) from
 * an unpublish (it became a draft).
 */
export const classifyContentChange = ({
  hasDrafts,
  isStillPublished,
  operation,
  status,
  wasPublished,
}: {
  hasDrafts: boolean
  isStillPublished: boolean
  operation: 'create' | 'update'
  status: null | string | undefined
  wasPublished: boolean
}): ContentChangeEvent | null => {
  if (!hasDrafts) return operation === 'create' ? 'publish' : 'update'
  if (status === 'published') return wasPublished ? 'update' : 'publish'
  return wasPublished && !isStillPublished ? 'unpublish' : null
}
