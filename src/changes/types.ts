import type { PayloadRequest } from 'payload'

/** The content collections whose published state reaches the offices' websites. */
export type PublicContentKey = 'articles' | 'departments' | 'issues' | 'people' | 'photos'

/**
 * What happened to a published document: first published (or created, for collections without
 * drafts), edited while published, taken back to draft, or deleted while published.
 */
export type ContentChangeEvent = 'delete' | 'publish' | 'unpublish' | 'update'

/** The pages and cache tags a website should refresh after a change. */
export type RevalidationTargets = { paths: string[]; tags: string[] }

/** One change of published content, as emitted to subscribers. */
export type ContentChange = {
  /** ISO time of the change. */
  at: string
  /** Which of the plugin's collections changed (the key, not the possibly renamed slug). */
  collection: PublicContentKey
  event: ContentChangeEvent
  id: number | string
  office: { id: number | string; slug: string }
  /** The request that made the change: pass it on so further writes join its transaction. */
  req: PayloadRequest
} & RevalidationTargets

export type ContentChangeListener = (change: ContentChange) => Promise<void> | void
