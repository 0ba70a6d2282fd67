import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { parseBulletin, parseBulletinText } from '../../../importers/bulletin/parseBulletin'
import type { ParseResult } from '../../../importers/bulletin/types'
import type {
  CorpusCase,
  Refused,
  Repeated,
  SameIssue,
  TextKept,
} from '../../fixtures/makeBadInputCorpus'
import { writeBadInputCorpus } from '../../fixtures/makeBadInputCorpus'

const dir = mkdtempSync(path.join(os.tmpdir(), 'bad-input-'))
const corpus = writeBadInputCorpus({ dir, isLarge: true })
afterAll(() => rmSync(dir, { force: true, recursive: true }))

const casesOf = <Expected extends CorpusCase['expected']>(kind: Expected['kind']) =>
  corpus.filter(
    (corpusCase): corpusCase is CorpusCase<Expected> & { filePath: string } =>
      corpusCase.expected.kind === kind,
  )

/** An asymmetric matcher, typed for object literals. */
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern)

const parseFile = (filePath: string): ParseResult => parseBulletin(readFileSync(filePath))

/** The articles of a parse, none for a refusal (which the expectation then fails on). */
const readArticles = (result: ParseResult) => (result.ok ? result.issue.articles : [])

/** What a paragraph holds regardless of how the parser splits it: its characters, in order. */
const visibleText = (texts: (string | null)[]): string => texts.join('').replace(/\s/gu, '')

const generousTimeout = 300_000

describe('bad input corpus', () => {
  it.each(casesOf<SameIssue>('sameIssue'))(
    'should parse $fileName as the same issue as clean UTF-8',
    ({ expected: { encoding, text }, filePath }) => {
      expect(parseFile(filePath)).toEqual({
        issue: parseBulletinText(text, { encoding }),
        ok: true,
      })
    },
  )

  it.each(casesOf<Refused>('refused'))(
    'should refuse $fileName in one line',
    ({ expected: { error }, filePath }) => {
      const result = parseFile(filePath)
      expect(result).toEqual({ error: matching(error), ok: false })
      expect(result).toEqual({ error: matching(/^[^\n]+$/u), ok: false })
    },
  )

  it.each(casesOf<TextKept>('textKept'))(
    'should parse $fileName keeping its text in order',
    ({ expected: { text }, filePath }) => {
      const result = parseFile(filePath)
      const parsedText = visibleText(
        readArticles(result).flatMap((article) => [
          article.title,
          article.subtitle,
          ...article.paragraphs,
          ...article.captions,
        ]),
      )
      expect({ isOk: result.ok, isTextKept: parsedText === visibleText([text]) }).toEqual({
        isOk: true,
        isTextKept: true,
      })
    },
    generousTimeout,
  )

  it.each(casesOf<Repeated>('repeated'))(
    'should parse $fileName into the clean articles, copy after copy',
    ({ expected: { copies, text }, filePath }) => {
      const cleanArticles = parseBulletinText(text).articles
      const articles = readArticles(parseFile(filePath))
      expect({
        firstCopy: articles.slice(0, cleanArticles.length - 1),
        titles: articles.map((article) => article.title),
      }).toEqual({
        firstCopy: cleanArticles.slice(0, -1),
        titles: Array.from({ length: copies }, () => cleanArticles.map((a) => a.title)).flat(),
      })
    },
    generousTimeout,
  )
})
