import type { ContentDocRefs } from './toRevalidationTargets'
import type { RevalidationTargets } from './types'
import { toRevalidationTargets } from './toRevalidationTargets'

type Id = number | string

/**
 * The pages and tags a merge changes: the kept entry's page, the merged one's (now gone), every
 * published article that named the merged entry with its issue's table of contents, and the
 * photos that named it (their tags, and their article's page when it is published). Sorted,
 * without repeats.
 */
export const toMergeRevalidationTargets = ({
  articles,
  collection,
  fromId,
  officeSlug,
  photos,
  toId,
}: {
  /** The published articles that named the merged entry. */
  articles: Pick<ContentDocRefs, 'id' | 'issue'>[]
  collection: 'departments' | 'people'
  fromId: Id
  officeSlug: string
  /** The photos that named it; `article` only when that article is published. */
  photos: Pick<ContentDocRefs, 'article' | 'id'>[]
  toId: Id
}): RevalidationTargets => {
  const parts = [
    toRevalidationTargets({
      collection,
      doc: { id: toId },
      officeSlug,
      previousDoc: { id: fromId },
    }),
    ...articles.map((doc) => toRevalidationTargets({ collection: 'articles', doc, officeSlug })),
    ...photos.map((doc) => toRevalidationTargets({ collection: 'photos', doc, officeSlug })),
  ]
  const unique = (values: string[]) => [...new Set(values)].sort()
  return {
    paths: unique(parts.flatMap((part) => part.paths)),
    tags: unique(parts.flatMap((part) => part.tags)),
  }
}
