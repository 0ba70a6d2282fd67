import { captionWording, nameListLine, qrCodeLine, sentenceEnd } from '../rules'
import type { Token } from '../types'

export type TextToken = Extract<Token, { type: 'text' }>

/** Longest line still read as a heading or caption rather than body text. */
const maxHeadingLength = 40
const maxCaptionLength = 16
const maxCommaHeadingLength = 16
/** Longest tail of a line searched for a list of names. */
const maxListTail = 200

const isSpace = (code: number): boolean => code <= 32 || code === 0x3000 || code === 0xa0

/** Visible characters, counted no further than just past the longest heading. */
const lengthOf = (text: string): number => {
  let count = 0
  for (let index = 0; index < text.length && count <= maxHeadingLength; index++) {
    const code = text.charCodeAt(index)
    // The low half of a surrogate pair was counted with its high half.
    if (!isSpace(code) && (code < 0xdc00 || code > 0xdfff)) count++
  }
  return count
}

/** Whether a fragment is complete: a sentence's end, or a list of names after a label. */
export const endsSentence = (text: string): boolean =>
  // Only a line's tail can end it: a 10 MB line is not scanned for lists.
  sentenceEnd.test(text) || nameListLine.test(text.slice(-maxListTail))

/** Short and unfinished: a title, subtitle, kicker or caption, never a paragraph's start. */
export const isHeadingLike = (token: TextToken): boolean =>
  !token.trailingBylines &&
  lengthOf(token.text) <= maxHeadingLength &&
  !endsSentence(token.text) &&
  !/[，,：:、]$/u.test(token.text) &&
  // A comma inside a long line is a sentence's, not a headline's.
  !(/[，,]/u.test(token.text) && lengthOf(token.text) > maxCommaHeadingLength)

/**
 * A photo caption: short, usually set apart by the blank lines the photo left, or worded like
 * one (会议现场, 图为…). QR-code lines are captions of the code's picture.
 */
export const isCaptionLike = (token: TextToken): boolean => {
  if (token.hasPhotoCredit) return true
  if (qrCodeLine.test(token.text)) return true
  if (!isHeadingLike(token) || lengthOf(token.text) > maxCaptionLength) return false
  return (token.blanksBefore >= 2 && lengthOf(token.text) <= 10) || captionWording.test(token.text)
}

/** A subtitle printed under a title: ——平凉居民区深入开展… */
export const isDashedSubtitle = (token: TextToken): boolean => /^(——|--|—)/u.test(token.text)

/** The subtitle without its leading dash. */
export const stripSubtitleDash = (text: string): string => text.replace(/^(——|--|—)\s*/u, '')
