import type { ContentChangeListener } from '../changes/types'

import { clearPublicCaches } from './publicCaches'

/**
 * How long after a change the caches are cleared once more: the change is emitted inside its
 * transaction, so a read racing the commit may have cached the old content meanwhile.
 */
export const afterCommitClearMs = 1000

/** Clears the caches of published reads on every content change, and again after the commit. */
export const invalidatePublicCaches: ContentChangeListener = () => {
  clearPublicCaches()
  setTimeout(clearPublicCaches, afterCommitClearMs).unref()
}
