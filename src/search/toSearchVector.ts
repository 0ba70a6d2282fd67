import { findHanRuns, segmentWords, toBigrams } from './segmentSearchText'

/** PostgreSQL keeps positions up to this one; later words share it. */
const maxPosition = 16_383
/** PostgreSQL keeps at most this many positions of one lexeme. */
const maxPositionsPerLexeme = 256

export type Weight = 'A' | 'B' | 'D'

/** A lexeme quoted for tsvector and tsquery input. */
export const quoteLexeme = (lexeme: string): string =>
  `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`

/** A text to index and its weight: A for titles, B for subtitles, D for body text. */
export type WeightedText = { text: string; weight: Weight }

/**
 * A tsvector (as PostgreSQL input text) of some texts: their jieba words, then the character
 * bigrams of every Han run, so a query word the segmenter splits otherwise still matches as a
 * phrase of bigrams. Positions run on across the parts, so phrases match inside one part only.
 */
export const toSearchVector = (parts: WeightedText[]): string => {
  const positions = new Map<string, string[]>()
  let position = 0
  const add = (lexemes: string[], weight: Weight) => {
    for (const lexeme of lexemes) {
      position = Math.min(position + 1, maxPosition)
      const lexemePositions = positions.get(lexeme) ?? []
      if (lexemePositions.length < maxPositionsPerLexeme) {
        lexemePositions.push(`${position}${weight === 'D' ? '' : weight}`)
      }
      positions.set(lexeme, lexemePositions)
    }
    // A gap, so no phrase spans two parts.
    position = Math.min(position + 1, maxPosition)
  }
  for (const { text, weight } of parts) add(segmentWords(text), weight)
  for (const { text, weight } of parts) {
    for (const run of findHanRuns(text)) add(toBigrams(run), weight)
  }
  return Array.from(positions, ([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(',')}`).join(
    ' ',
  )
}
