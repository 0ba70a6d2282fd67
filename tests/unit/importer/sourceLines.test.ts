import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseBulletinText } from '../../../importers/bulletin/parseBulletin'
import { toDocuments } from '../../../importers/bulletin/persist/toDocuments'

const seedDir = path.resolve('seed/bulletins')

const planOf = (fileName: string) => {
  const text = readFileSync(path.join(seedDir, fileName), 'utf8')
  const parsed = parseBulletinText(text)
  const plan = toDocuments(parsed, {
    fallbackPeriod: '2021-01',
    sourceFile: { encoding: 'utf-8', name: fileName, sha256: '', size: text.length },
    sourceText: text,
  })
  return { lines: text.split(/\r\n|\r|\n/u), parsed, plan }
}

const seedFiles = readdirSync(seedDir).filter((file) => file.endsWith('.txt'))

describe('source lines kept for proof-reading', () => {
  it.each(seedFiles)(
    'should keep, for each article of %s, every line its paragraphs came from as printed',
    (fileName) => {
      const { lines, plan } = planOf(fileName)
      const missing = plan.articles.flatMap((article) => {
        const kept = new Map(article.sourceLines.map((line) => [line.line, line.text]))
        return article.paragraphLines
          .flat()
          .filter((line) => kept.get(line) !== lines[line - 1])
          .map((line) => `${article.title}: ${line}`)
      })
      expect(missing).toEqual([])
    },
  )

  it.each(seedFiles)(
    'should put each issue diagnostic of %s on the checklist of the article whose lines it is on',
    (fileName) => {
      const { parsed, plan } = planOf(fileName)
      const missing = plan.articles.flatMap((article) => {
        const own = new Set(article.sourceLines.map((line) => line.line))
        return parsed.diagnostics
          .filter((diagnostic) => own.has(diagnostic.line))
          .filter(
            (diagnostic) =>
              !article.diagnostics.some(
                (given) => given.line === diagnostic.line && given.message === diagnostic.message,
              ),
          )
          .map((diagnostic) => `${article.title}: ${diagnostic.line}`)
      })
      expect(missing).toEqual([])
    },
  )
})
