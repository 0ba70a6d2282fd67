import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseBulletin } from '../../../importers/bulletin/parseBulletin'
import type { CorpusCase } from '../../fixtures/makeBadInputCorpus'
import { makeBadInputCorpus } from '../../fixtures/makeBadInputCorpus'

const titlesOf = (bytes: Uint8Array) => {
  const result = parseBulletin(bytes)
  return result.ok
    ? result.issue.articles.map((article) => [article.title, article.paragraphs.length])
    : result.error
}

const cleanTitles = titlesOf(readFileSync(path.resolve('seed/bulletins/003_2792248b89b8671a.txt')))

const outcomeOf = ({ bytes, expect: expected }: CorpusCase) => {
  const result = parseBulletin(bytes)
  if ('error' in expected)
    return {
      error: result.ok ? null : expected.error.test(result.error),
      isOneLine: !result.ok && !result.error.includes('\n'),
    }
  if ('parses' in expected) return { parses: result.ok }
  return { titles: titlesOf(bytes) }
}

const expectedOutcomeOf = ({ expect: expected }: CorpusCase) => {
  if ('error' in expected) return { error: true, isOneLine: true }
  if ('parses' in expected) return { parses: true }
  return { titles: cleanTitles }
}

describe('bad input corpus', () => {
  it.each(makeBadInputCorpus({ isLarge: false }))('should handle $name', (corpusCase) => {
    expect(outcomeOf(corpusCase)).toEqual(expectedOutcomeOf(corpusCase))
  })

  it.each(makeBadInputCorpus({ isLarge: true }).slice(-2))(
    'should parse $name without failing',
    (corpusCase) => {
      expect(outcomeOf(corpusCase)).toEqual(expectedOutcomeOf(corpusCase))
    },
    300_000,
  )
})
