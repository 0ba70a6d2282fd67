import { findHanRuns, segmentWords, toBigrams } from './segmentSearchText'
import { quoteLexeme } from './toSearchVector'

/**
 * What a query searches for, as PostgreSQL tsquery input: `match`, every word of a term (or
 * every bigram of it) in any order, which the position-free GIN index answers alone; `rank`,
 * the same as phrases, which rank the titles that hold a term as typed; and the terms and their
 * words, to highlight.
 */
export type SearchQuery = { match: string; rank: string; terms: string[] }

const termSeparator = /[^\p{L}\p{N}]+/u
const maxTerms = 8

const toPhrase = (lexemes: string[]): string => lexemes.map(quoteLexeme).join(' <-> ')

/** A Han run as bigrams in a row; one character matches any bigram or word it starts. */
const toHanRunQuery = (run: string): string =>
  Array.from(run).length === 1 ? `${quoteLexeme(run)}:*` : toPhrase(toBigrams(run))

/**
 * One term: its jieba words in a row, or the same text as bigram phrases (its Han runs) and
 * words (its other characters), whichever the article was segmented into.
 */
const toTermQuery = (term: string): string => {
  const words = toPhrase(segmentWords(term))
  const hanRuns = findHanRuns(term)
  const otherWords = term
    .split(/\p{Script=Han}+/u)
    .map((part) => part.toLowerCase())
    .filter((part) => part !== '')
  const fallback = [...hanRuns.map(toHanRunQuery), ...otherWords.map(quoteLexeme)].join(' & ')
  return fallback === '' || fallback === words ? `(${words})` : `((${words}) | (${fallback}))`
}

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
  const queries = terms.filter((term) => segmentWords(term).length > 0).map(toTermQuery)
  if (queries.length === 0) return null
  const rank = queries.join(' & ')
  const words = terms.flatMap(segmentWords).filter((word) => word.length > 1)
  return {
    match: rank.replaceAll(' <-> ', ' & '),
    rank,
    terms: [...new Set([...terms, ...words])],
  }
}
