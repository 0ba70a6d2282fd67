import { buildArticles } from './assemble/buildArticles'
import { placeDisplacedTitles } from './assemble/placeDisplacedTitles'
import type { BulletinEncoding } from './decode'
import { decodeBulletin } from './decode'
import { diagnoseIssue } from './diagnoseIssue'
import { extractIssueMeta } from './extract/extractIssueMeta'
import { normalizeText } from './normalize'
import { parseTokens, readMastheadName } from './parse'
import { toParsedArticle } from './toOutput'
import { tokenize } from './tokenize'
import type { ParsedIssue, ParseResult } from './types'

export type ParseOptions = {
  /** How the text was decoded, recorded with the issue. @default 'utf-8' */
  encoding?: BulletinEncoding
  /** The source file's name, for messages only. */
  fileName?: string
}

/** Tokenize → parse → assemble; the tokens are garbage once the drafts exist (a 50 MB issue). */
const assembleDrafts = (text: string) => {
  const tokens = parseTokens(tokenize(text))
  return { ...buildArticles(tokens), mastheadName: readMastheadName(tokens) }
}

/** The pure pipeline from decoded text: normalize → tokenize → parse → assemble → extract. */
export const parseBulletinText = (
  text: string,
  { encoding = 'utf-8' }: ParseOptions = {},
): ParsedIssue => {
  const normalized = normalizeText(text)
  const { articles: drafts, diagnostics, mastheadName } = assembleDrafts(normalized)
  const meta = extractIssueMeta(normalized, { mastheadName })
  const placed = placeDisplacedTitles(drafts)
  const articles = placed.filter((draft) => draft.paragraphs.length > 0).map(toParsedArticle)
  const orphans = placed.filter((draft) => draft.paragraphs.length === 0)
  return {
    ...meta,
    articles,
    diagnostics: [...diagnostics, ...diagnoseIssue({ articles, meta, orphans })].sort(
      (a, b) => a.line - b.line,
    ),
    encoding,
  }
}

/**
 * The whole pure pipeline from a file's bytes. A file that is not bulletin text (empty, binary,
 * undecodable) is refused with one line saying why.
 */
export const parseBulletin = (bytes: Uint8Array, options: ParseOptions = {}): ParseResult => {
  const decoded = decodeBulletin(bytes)
  if (!decoded.ok) {
    return {
      error: options.fileName ? `${options.fileName}: ${decoded.error}` : decoded.error,
      ok: false,
    }
  }
  return {
    issue: parseBulletinText(decoded.text, { ...options, encoding: decoded.encoding }),
    ok: true,
  }
}
