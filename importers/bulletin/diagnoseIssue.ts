import type { DraftArticle } from './assemble/draftArticle'
import type { IssueMeta } from './extract/extractIssueMeta'
import type { Diagnostic, ParsedArticle } from './types'

type IssueParts = { articles: ParsedArticle[]; meta: IssueMeta; orphans: DraftArticle[] }

const isCredited = (article: ParsedArticle): boolean =>
  article.department !== null || article.authors.length > 0 || article.photographers.length > 0

/** What a proof-reader should check in an assembled issue, each with the line it concerns. */
export const diagnoseIssue = ({ articles, meta, orphans }: IssueParts): Diagnostic[] => {
  const diagnostics: Diagnostic[] = []
  const firstLine = articles[0]?.line ?? 1
  for (const orphan of orphans) {
    diagnostics.push({
      level: 'warning',
      line: orphan.line,
      message: `Title “${orphan.title ?? ''}” has no text under it`,
    })
    for (const caption of orphan.captions) {
      diagnostics.push({
        level: 'warning',
        line: orphan.line,
        message: `Caption “${caption}” has no article`,
      })
    }
  }
  const creditedShare = articles.filter(isCredited).length / Math.max(1, articles.length)
  for (const article of articles) {
    if (article.titleLine !== null) {
      diagnostics.push({
        level: 'info',
        line: article.titleLine,
        message: `Title “${article.title ?? ''}” was printed apart from its story (line ${article.line}): check the pairing`,
      })
    }
    if (!article.title && article.section === null && article.kind !== 'brief') {
      diagnostics.push({ level: 'info', line: article.line, message: 'Untitled story' })
    }
    // Most stories of this issue carry a credit or byline: one without may have lost it to OCR.
    if (creditedShare >= 0.5 && !isCredited(article) && article.kind === 'article') {
      diagnostics.push({
        level: 'info',
        line: article.line,
        message: `No department or byline for “${article.title ?? article.paragraphs[0]?.slice(0, 12) ?? ''}”`,
      })
    }
  }
  if (meta.office === null) {
    diagnostics.push({ level: 'warning', line: firstLine, message: 'No street office named' })
  }
  if (meta.period === null) {
    diagnostics.push({ level: 'warning', line: firstLine, message: 'No date to infer the period' })
  } else if (!meta.isPeriodPrinted) {
    diagnostics.push({
      level: 'info',
      line: firstLine,
      message: `Period ${meta.period} inferred from the dates in the text (no masthead date)`,
    })
  }
  return diagnostics
}
