import { titleLexemePrefix } from './searchTables'
import { findHanRuns, segmentWords, toBigrams } from './segmentSearchText'
import { quoteLexeme } from './toSearchVector'

/**
 * What a query searches for, as PostgreSQL tsquery input: `match`, every word of a term (or
 * every bigram of it) in any order, which the position-free GIN index answers alone; `rank`,
 * the same as phrases, which ranks titles; `titlePhrase`, what a title holding the terms as
 * typed matches (`rank` and every bigram), checked on the title vector, and `titleMatch`, its
 * bigrams among the title's marked words, to find those titles from the index (one required
 * list each, which the index intersects fast, unlike an `|`); and the terms and their words,
 * to highlight.
 */
export type SearchQuery = {
  match: string
  rank: string
  terms: string[]
  titleMatch: string
  titlePhrase: string
}

type MarkLexeme = (lexeme: string) => string

const termSeparator = /[^\p{L}\p{N}]+/u
const maxTerms = 8

const toPhrase = (lexemes: string[], mark: MarkLexeme): string =>
  lexemes.map((lexeme) => quoteLexeme(mark(lexeme))).join(' <-> ')

/** A Han run as bigrams in a row; one character matches any bigram or word it starts. */
const toHanRunQuery = (run: string, mark: MarkLexeme): string =>
  Array.from(run).length === 1 ? `${quoteLexeme(mark(run))}:*` : toPhrase(toBigrams(run), mark)

/**
 * One term as phrases: its jieba words in a row, and the same text as bigram phrases (its Han
 * runs) and words (its other characters).
 */
const toTermPhrases = (term: string, mark: MarkLexeme): { bigrams: string; words: string } => {
  const hanRuns = findHanRuns(term)
  const otherWords = term
    .split(/\p{Script=Han}+/u)
    .map((part) => part.toLowerCase())
    .filter((part) => part !== '')
  const bigrams = [
    ...hanRuns.map((run) => toHanRunQuery(run, mark)),
    ...otherWords.map((word) => quoteLexeme(mark(word))),
  ].join(' & ')
  return { bigrams, words: toPhrase(segmentWords(term), mark) }
}

/** One term: its words in a row or its bigrams, whichever the article was segmented into. */
const toTermQuery = (term: string, mark: MarkLexeme): string => {
  const { bigrams, words } = toTermPhrases(term, mark)
  return bigrams === '' || bigrams === words ? `(${words})` : `((${words}) | (${bigrams}))`
}

/** Every bigram of every term, in any order: what a title holding the terms as typed holds. */
const toBigramsQuery = (terms: string[], mark: MarkLexeme): string =>
  terms
    .map((term) => {
      const { bigrams, words } = toTermPhrases(term, mark)
      return `(${bigrams === '' ? words : bigrams})`
    })
    .join(' & ')
    .replaceAll(' <-> ', ' & ')

const keepLexeme: MarkLexeme = (lexeme) => lexeme
const markTitleLexeme: MarkLexeme = (lexeme) => `${titleLexemePrefix}${lexeme}`

/**
 * The tsquery of what a reader typed: every term (split at spaces and punctuation) must
 * match, as its jieba words or as its bigrams. Null when nothing searchable is left.
 */
export const toSearchQuery = (input: string): SearchQuery | null => {
  const terms = input
    .normalize('NFKC')
    .split(termSeparator)
    .filter((term) => term !== '')
    .slice(0, maxTerms)
  const searchable = terms.filter((term) => segmentWords(term).length > 0)
  if (searchable.length === 0) return null
  const rank = searchable.map((term) => toTermQuery(term, keepLexeme)).join(' & ')
  const words = terms.flatMap(segmentWords).filter((word) => word.length > 1)
  return {
    match: rank.replaceAll(' <-> ', ' & '),
    rank,
    terms: [...new Set([...terms, ...words])],
    titleMatch: toBigramsQuery(searchable, markTitleLexeme),
    titlePhrase: `${rank} & ${toBigramsQuery(searchable, keepLexeme)}`,
  }
}
