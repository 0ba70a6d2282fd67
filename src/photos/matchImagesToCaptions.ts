import type { ImageMatch, IssuePhoto, MatchProblem, PickedFile, UploadLimits } from './types'
import { compareFileNames } from './compareFileNames'
import { readNumberInFileName } from './readNumberInFileName'
import { toCaptionKey } from './toCaptionKey'

/** Shorter keys (`img`, `扫描`) name no caption in particular. */
const minCaptionKeyLength = 4

const problemOf = (file: PickedFile, limits: UploadLimits): MatchProblem | null => {
  if (!limits.mimeTypes.includes(file.type)) return 'notImage'
  return file.size > limits.maxBytes ? 'tooLarge' : null
}

/** The one waiting caption the file's name holds (or that holds the name), if exactly one. */
const captionNamedBy = (file: PickedFile, captions: IssuePhoto[]): IssuePhoto | undefined => {
  const fileKey = toCaptionKey(file.name)
  const named = captions.filter((photo) => {
    const captionKey = toCaptionKey(photo.caption ?? '')
    const shorter = Math.min(fileKey.length, captionKey.length)
    return (
      shorter >= minCaptionKeyLength &&
      (fileKey.includes(captionKey) || captionKey.includes(fileKey))
    )
  })
  return named.length === 1 ? named[0] : undefined
}

/** Numbers count only when every file has one, no two share one, and each names a photo. */
const areNumbersPhotoNumbers = (files: PickedFile[], photoCount: number): boolean => {
  const numbers = files.map((file) => readNumberInFileName(file.name))
  return (
    files.length > 0 &&
    numbers.every((number) => number !== null && number >= 1 && number <= photoCount) &&
    new Set(numbers).size === numbers.length
  )
}

/**
 * Proposes which waiting caption each picked image belongs to, for the editor to check:
 *
 * 1. a file that is not an accepted image, or too large, goes nowhere (and says why);
 * 2. a file whose name holds a waiting caption's text (or a caption holding the name) goes there;
 * 3. if every other file's name ends in a distinct photo number (`图3.jpg`, `scan-03.png`), each
 *    goes to the photo of that number in printed order (numbers count every photo of the issue,
 *    so they stay put as images arrive);
 * 4. otherwise the files, in name order, fill the captions still waiting, in printed order.
 *
 * Every file comes back once, in the order given; those that found nothing say why.
 */
export const matchImagesToCaptions = ({
  files,
  limits,
  photos,
}: {
  files: PickedFile[]
  limits: UploadLimits
  /** Every photo of the issue, in printed order, numbered. */
  photos: IssuePhoto[]
}): ImageMatch[] => {
  const matches = new Map<string, ImageMatch>()
  const taken = new Set<number>()
  const give = (file: PickedFile, photo: IssuePhoto, reason: 'caption' | 'number' | 'order') => {
    matches.set(file.key, { fileKey: file.key, photoId: photo.id, problem: null, reason })
    taken.add(photo.id)
  }
  const refuse = (file: PickedFile, problem: MatchProblem) =>
    matches.set(file.key, { fileKey: file.key, photoId: null, problem, reason: null })
  const waiting = () => photos.filter((photo) => photo.filename === null && !taken.has(photo.id))

  const images = files.filter((file) => {
    const problem = problemOf(file, limits)
    if (problem) refuse(file, problem)
    return problem === null
  })
  const unnamed = images.filter((file) => {
    const photo = captionNamedBy(file, waiting())
    if (photo) give(file, photo, 'caption')
    return photo === undefined
  })
  if (areNumbersPhotoNumbers(unnamed, photos.length)) {
    for (const file of unnamed) {
      const photo = photos[(readNumberInFileName(file.name) ?? 0) - 1]
      if (!photo || photo.filename !== null) refuse(file, 'hasImage')
      else if (taken.has(photo.id)) refuse(file, 'noCaption')
      else give(file, photo, 'number')
    }
  } else {
    const open = waiting()
    const byName = [...unnamed].sort((a, b) => compareFileNames(a.name, b.name))
    byName.forEach((file, index) => {
      const photo = open[index]
      if (photo) give(file, photo, 'order')
      else refuse(file, 'noCaption')
    })
  }
  return files.flatMap((file) => matches.get(file.key) ?? [])
}
