import { getSegmenter } from '../../importers/bulletin/segmenter'

/** A run of Han characters: where bigrams are taken, and where jieba may split differently. */
const hanRunPattern = /\p{Script=Han}+/gu
const wordPattern = /[\p{L}\p{N}]/u

/** The words jieba finds in a text, lower-cased, without spaces and punctuation. */
export const segmentWords = (text: string): string[] =>
  getSegmenter()
    .cut(text, true)
    .map((word) => word.trim().toLowerCase())
    .filter((word) => wordPattern.test(word))

/** The runs of Han characters of a text, in order. */
export const findHanRuns = (text: string): string[] => text.match(hanRunPattern) ?? []

/** The overlapping character pairs of a run: 垃圾分类 → 垃圾, 圾分, 分类. */
export const toBigrams = (run: string): string[] => {
  const characters = Array.from(run)
  return characters.slice(1).map((character, index) => `${characters[index] ?? ''}${character}`)
}
