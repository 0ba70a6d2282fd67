import { buildArticles } from './assemble/buildArticles'
import type { DraftArticle } from './assemble/draftArticle'
import { placeDisplacedTitles } from './assemble/placeDisplacedTitles'
import type { BulletinEncoding } from './decode'
import { decodeBulletin } from './decode'
import { extractIssueMeta } from './extract/extractIssueMeta'
import { extractPersons } from './extract/extractPersons'
import { normalizeText } from './normalize'
import { tokenize } from './tokenize'
import type { ParsedArticle, ParsedIssue, ParseResult } from './types'

const uniqueInOrder = (names: string[]): string[] => [...new Set(names)]

const toParsedArticle = (draft: DraftArticle): ParsedArticle => {
  const paragraphs = draft.paragraphs.map((paragraph) => paragraph.text)
  return {
    authors: uniqueInOrder(draft.authors),
    captions: draft.captions,
    department: draft.department,
    kind: draft.kind,
    line: draft.line,
    paragraphLines: draft.paragraphs.map((paragraph) => paragraph.lines),
    paragraphs,
    persons: extractPersons([draft.title ?? '', draft.subtitle ?? '', ...paragraphs].join('\n')),
    photographers: uniqueInOrder(draft.photographers),
    section: draft.section,
    subtitle: draft.subtitle,
    title: draft.title,
  }
}

/** The pure pipeline from decoded text: normalize → tokenize → assemble → extract. */
export const parseBulletinText = (
  text: string,
  { encoding = 'utf-8' }: { encoding?: BulletinEncoding } = {},
): ParsedIssue => {
  const normalized = normalizeText(text)
  const tokens = tokenize(normalized)
  const { articles: drafts, diagnostics } = buildArticles(tokens)
  const articles = placeDisplacedTitles(drafts).filter((draft) => draft.paragraphs.length > 0)
  for (const draft of drafts) {
    if (draft.paragraphs.length === 0 && draft.title) {
      diagnostics.push({
        level: 'warning',
        line: draft.line,
        message: `Title “${draft.title}” has no text under it`,
      })
    }
  }
  return {
    ...extractIssueMeta(normalized),
    articles: articles.map(toParsedArticle),
    diagnostics,
    encoding,
  }
}

/** The whole pure pipeline from a file's bytes; a file that is not bulletin text is refused. */
export const parseBulletin = (bytes: Uint8Array): ParseResult => {
  const decoded = decodeBulletin(bytes)
  if (!decoded.ok) return { error: decoded.error, ok: false }
  return { issue: parseBulletinText(decoded.text, { encoding: decoded.encoding }), ok: true }
}
