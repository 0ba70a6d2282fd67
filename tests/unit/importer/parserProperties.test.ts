import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { parseBulletinText } from '../../../importers/bulletin/parseBulletin'
import type { ParsedIssue } from '../../../importers/bulletin/types'

// No character here forms a byline, credit, masthead, jump or section: every line is text.
const han = '社区街道居民委员会党工委书记主任召开会议活动服务志愿者工作开展学习静安临汾路'
const bodyLine = fc
  .array(fc.constantFrom(...han.split(''), '，', '、'), { maxLength: 60, minLength: 2 })
  .chain((chars) =>
    fc.constantFrom('', '。').map((end) => (chars.join('') + end).replace(/^[，、]+/u, '')),
  )
  .filter((line) => line.length > 0)
const bulletinLines = fc.array(fc.oneof(bodyLine, bodyLine, fc.constant('')), { maxLength: 40 })

const visibleChars = (texts: (null | string)[]): string =>
  [...texts.join('').replace(/\s/gu, '')].sort().join('')

/** Titles and captions with no story are dropped from the articles and named in diagnostics. */
const droppedTexts = (issue: ParsedIssue): string[] =>
  issue.diagnostics.flatMap(
    (diagnostic) =>
      /^(?:Title|Caption) “(.*)” has no (?:text under it|article)$/u.exec(
        diagnostic.message,
      )?.[1] ?? [],
  )

describe('parser invariants', () => {
  it('should put every character of the text in exactly one title, paragraph or caption', () => {
    fc.assert(
      fc.property(bulletinLines, (lines) => {
        const issue = parseBulletinText(lines.join('\n'))
        const output = issue.articles.flatMap((article) => [
          article.title,
          article.subtitle,
          ...article.paragraphs,
          ...article.captions,
        ])
        expect(visibleChars([...output, ...droppedTexts(issue)])).toBe(visibleChars(lines))
      }),
      { numRuns: 300 },
    )
  })

  it('should build each paragraph from its source lines, in order, each line used once', () => {
    fc.assert(
      fc.property(bulletinLines, (lines) => {
        const { articles } = parseBulletinText(lines.join('\n'))
        const spans = articles.flatMap((article) => article.paragraphLines)
        const used = spans.flat()
        expect({
          isEachLineUsedOnce: new Set(used).size === used.length,
          isIncreasing: spans.every((span) =>
            span.every((n, i) => i === 0 || n > (span[i - 1] ?? 0)),
          ),
          texts: articles.flatMap((article) => article.paragraphs),
        }).toEqual({
          isEachLineUsedOnce: true,
          isIncreasing: true,
          texts: spans.map((span) => span.map((n) => lines[n - 1]?.trim() ?? '').join('')),
        })
      }),
      { numRuns: 300 },
    )
  })

  it('should never throw on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500, unit: 'grapheme' }), (text) => {
        expect(() => parseBulletinText(text)).not.toThrow()
      }),
      { numRuns: 500 },
    )
  })

  it('should give every article a title or a body', () => {
    fc.assert(
      fc.property(bulletinLines, (lines) => {
        const { articles } = parseBulletinText(lines.join('\n'))
        expect(articles.every((article) => article.paragraphs.length > 0)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
