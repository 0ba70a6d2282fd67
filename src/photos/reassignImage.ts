import type { ImageMatch } from './types'

/**
 * The editor's correction: `fileKey` goes to `photoId` (or to no caption, with null). The file
 * that had that caption before is set aside as matching nothing, never dropped; files refused
 * as not images or too large stay refused.
 */
export const reassignImage = ({
  fileKey,
  matches,
  photoId,
}: {
  fileKey: string
  matches: ImageMatch[]
  photoId: null | number
}): ImageMatch[] =>
  matches.map((match): ImageMatch => {
    if (match.problem === 'notImage' || match.problem === 'tooLarge') return match
    if (match.fileKey === fileKey) {
      return photoId === null
        ? { fileKey, photoId: null, problem: 'noCaption', reason: null }
        : { fileKey, photoId, problem: null, reason: 'manual' }
    }
    return photoId !== null && match.photoId === photoId
      ? { fileKey: match.fileKey, photoId: null, problem: 'noCaption', reason: null }
      : match
  })
