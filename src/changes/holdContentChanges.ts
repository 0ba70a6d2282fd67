import type { PayloadRequest } from 'payload'

/** Set on `req.context` while an operation announces its changes itself, as one. */
export const contentChangesHeldKey = 'bulletinContentChangesHeld'

/** Whether the documents' own hooks should stay silent for this request. */
export const areContentChangesHeld = (req: PayloadRequest): boolean =>
  req.context[contentChangesHeldKey] === true

/**
 * Runs `work` with the collections' content change hooks silent, for an operation whose writes
 * are one change to the public (a merge touches two entries and many articles, and sends one
 * webhook naming every page). The flag is restored afterwards, also when `work` throws.
 */
export const holdContentChanges = async <T>(
  req: PayloadRequest,
  work: () => Promise<T>,
): Promise<T> => {
  const wasHeld = req.context[contentChangesHeldKey]
  req.context[contentChangesHeldKey] = true
  try {
    return await work()
  } finally {
    req.context[contentChangesHeldKey] = wasHeld
  }
}
