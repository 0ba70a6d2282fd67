import type { ContentChange, ContentChangeListener } from './types'

const listeners = new Set<ContentChangeListener>()

/**
 * Registers a listener for changes of published content (the revalidation webhook is one; an
 * in-process cache may be another). Registering the same function twice keeps one. Returns a
 * function that removes it.
 */
export const subscribeToContentChanges = (listener: ContentChangeListener): (() => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/**
 * Tells every listener about a change, one after another, inside the request that made it: a
 * listener that throws fails the write, so listeners queue work rather than do it.
 */
export const emitContentChange = async (change: ContentChange): Promise<void> => {
  for (const listener of listeners) {
    await listener(change)
  }
}
