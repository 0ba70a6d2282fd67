import type { ParsedArticle, ParsedIssue } from '../types'

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
  subtitle: null | string
  title: string
}

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

const planArticle = (article: ParsedArticle, position: number): PlannedArticle => ({
  authorNames: unique(article.authors),
  captions: article.captions,
  departmentName: article.department,
  diagnostics: article.title
    ? []
    : [
        {
          level: 'info',
          line: article.line,
          message: '原文无标题，标题取自正文开头 (untitled in print)',
        },
      ],
  excerpt: excerptOf(article.paragraphs),
  kind: article.kind,
  mentions: article.persons,
  paragraphLines: article.paragraphLines,
  paragraphs: article.paragraphs,
  photographerNames: unique(article.photographers),
  position,
  section: article.section,
  subtitle: article.subtitle,
  title: article.title ?? titleFromBody(article.paragraphs),
})

/**
 * What a parsed issue becomes in the CMS, before anything is looked up or written: the issue,
 * its articles in printed order, and the departments and people they name.
 */
export const toDocuments = (
  parsed: ParsedIssue,
  { fallbackPeriod, sourceFile }: { fallbackPeriod: string; sourceFile: SourceFile },
): ImportPlan => {
  const articles = parsed.articles.map(planArticle)
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
