/** One of an issue's photos as the bulk-attach view lists it, in printed order. */
export type IssuePhoto = {
  article: { id: number; title: string }
  caption: null | string
  /** The stored file's name; null while the caption waits for its image. */
  filename: null | string
  id: number
  /** 1-based place among the issue's photos as printed (articles in order, then each one's). */
  number: number
  /** A small image to show beside the caption, once it has one. */
  previewUrl: null | string
}

/** What the photos collection accepts, for checking files before they are sent. */
export type UploadLimits = { maxBytes: number; mimeTypes: string[] }

/** A file the editor picked, as matching needs it (`key` tells same-named files apart). */
export type PickedFile = { key: string; name: string; size: number; type: string }

/** Why a picked file is not (or no longer) going to a caption. */
export type MatchProblem = 'hasImage' | 'noCaption' | 'notImage' | 'tooLarge'

/** How a file found its caption: its name holds the caption, its number, the order, or by hand. */
export type MatchReason = 'caption' | 'manual' | 'number' | 'order'

/** Where one picked file goes: a waiting photo, or nowhere with the reason. */
export type ImageMatch =
  | { fileKey: string; photoId: number; problem: null; reason: MatchReason }
  | { fileKey: string; photoId: null; problem: MatchProblem; reason: null }
