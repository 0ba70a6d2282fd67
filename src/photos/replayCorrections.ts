import type { ImageMatch } from './types'

import { reassignImage } from './reassignImage'

/** One change the editor made to the matching: this file to that caption's photo, or to none. */
export type Correction = { fileKey: string; photoId: null | number }

/**
 * The editor's corrections, in the order they were made, applied again to a fresh matching (more
 * files were picked, and every file was matched again): what the editor set by hand stays. A
 * correction naming a file no longer listed, or a photo no longer waiting, is left out.
 */
export const replayCorrections = ({
  corrections,
  matches,
  waitingPhotoIds,
}: {
  corrections: Correction[]
  matches: ImageMatch[]
  waitingPhotoIds: Set<number>
}): ImageMatch[] =>
  corrections.reduce(
    (current, { fileKey, photoId }) =>
      current.some((match) => match.fileKey === fileKey) &&
      (photoId === null || waitingPhotoIds.has(photoId))
        ? reassignImage({ fileKey, matches: current, photoId })
        : current,
    matches,
  )
