import type { Diagnostic, ParsedArticle, ParsedIssue } from '../types'

export type SourceFile = { encoding: string; name: string; sha256: string; size: number }

export type PlannedArticle = {
  authorNames: string[]
  captions: string[]
  departmentName: null | string
  diagnostics: { level: 'error' | 'info' | 'warning'; line: number; message: string }[]
  excerpt: string
  kind: ParsedArticle['kind']
  mentions: { name: string; role: null | string }[]
  paragraphLines: number[][]
  paragraphs: string[]
  photographerNames: string[]
  position: number
  section: null | string
  /** The source lines the article spans, for proof-reading beside the editor. */
  sourceLines: SourceLine[]
  subtitle: null | string
  title: string
}

/** One line of the decoded source file, 1-based. */
export type SourceLine = { line: number; text: string }

export type ImportPlan = {
  articles: PlannedArticle[]
  departmentNames: string[]
  issue: {
    issueNumber: null | number
    period: string
    publication: null | string
    runningNumber: null | number
    sourceFile: SourceFile
  }
  personNames: string[]
}

const excerptLength = 80
const untitledTitleLength = 24

/** A brief printed without a title is listed by the start of its first sentence. */
const titleFromBody = (paragraphs: string[]): string => {
  const first = paragraphs[0] ?? ''
  const sentence = first.split(/[。！？!?；;]/u)[0] ?? first
  const chars = [...sentence]
  return chars.length > untitledTitleLength
    ? `${chars.slice(0, untitledTitleLength).join('')}…`
    : sentence
}

const excerptOf = (paragraphs: string[]): string => {
  const chars = [...(paragraphs[0] ?? '')]
  return chars.length > excerptLength
    ? `${chars.slice(0, excerptLength).join('')}…`
    : chars.join('')
}

const unique = (names: string[]): string[] => [
  ...new Set(names.filter((name) => name.trim() !== '')),
]

/** An article whose lines spread wider than this (a 下转 jump) keeps only its own lines. */
const maxSourceSpan = 200

/** The article's first and last source line: its title and its paragraphs' fragments. */
const spanOf = (article: ParsedArticle): { first: number; last: number } => {
  const lines = [article.line, ...(article.titleLine ? [article.titleLine] : [])].concat(
    article.paragraphLines.flat(),
  )
  return { first: Math.min(...lines), last: Math.max(...lines) }
}

const sourceLinesOf = (article: ParsedArticle, textLines: string[]): SourceLine[] => {
  const { first, last } = spanOf(article)
  const numbers =
    last - first <= maxSourceSpan
      ? Array.from({ length: last - first + 1 }, (_, index) => first + index)
      : [
          ...new Set([article.line, ...(article.titleLine ? [article.titleLine] : [])]),
          ...article.paragraphLines.flat(),
        ].sort((a, b) => a - b)
  return numbers.map((line) => ({ line, text: textLines[line - 1] ?? '' }))
}

/** The issue's diagnostics that fall on the article's lines, for its proof-reading checklist. */
const diagnosticsWithin = (
  article: ParsedArticle,
  diagnostics: Diagnostic[],
): PlannedArticle['diagnostics'] => {
  const { first, last } = spanOf(article)
  return diagnostics
    .filter((diagnostic) => diagnostic.line >= first && diagnostic.line <= last)
    .map(({ level, line, message }) => ({ level, line, message }))
}

const planArticle = ({
  article,
  diagnostics,
  position,
  textLines,
}: {
  article: ParsedArticle
  diagnostics: Diagnostic[]
  position: number
  textLines: string[]
}): PlannedArticle => ({
  authorNames: unique(article.authors),
  captions: article.captions,
  departmentName: article.department,
  diagnostics: [
    ...(article.title
      ? []
      : [
          {
            level: 'info' as const,
            line: article.line,
            message: '原文无标题，标题取自正文开头 (untitled in print)',
          },
        ]),
    ...diagnosticsWithin(article, diagnostics),
  ],
  excerpt: excerptOf(article.paragraphs),
  kind: article.kind,
  mentions: article.persons,
  paragraphLines: article.paragraphLines,
  paragraphs: article.paragraphs,
  photographerNames: unique(article.photographers),
  position,
  section: article.section,
  sourceLines: sourceLinesOf(article, textLines),
  subtitle: article.subtitle,
  title: article.title ?? titleFromBody(article.paragraphs),
})

/**
 * What a parsed issue becomes in the CMS, before anything is looked up or written: the issue,
 * its articles in printed order (each with its source lines and the diagnostics on them), and
 * the departments and people they name.
 */
export const toDocuments = (
  parsed: ParsedIssue,
  {
    fallbackPeriod,
    sourceFile,
    sourceText,
  }: {
    fallbackPeriod: string
    sourceFile: SourceFile
    /** The decoded text the issue was parsed from. */
    sourceText: string
  },
): ImportPlan => {
  const textLines = sourceText.split(/\r\n|\r|\n/u)
  const articles = parsed.articles.map((article, position) =>
    planArticle({ article, diagnostics: parsed.diagnostics, position, textLines }),
  )
  return {
    articles,
    departmentNames: unique(
      articles.flatMap((article) => (article.departmentName ? [article.departmentName] : [])),
    ),
    issue: {
      issueNumber: parsed.issueNumber,
      period: parsed.period ?? fallbackPeriod,
      publication: parsed.publication,
      runningNumber: parsed.runningNumber,
      sourceFile,
    },
    personNames: unique(
      articles.flatMap((article) => [
        ...article.authorNames,
        ...article.photographerNames,
        ...article.mentions.map((mention) => mention.name),
      ]),
    ),
  }
}
