export { parseBulletin, parseBulletinText } from './parseBulletin'
export type { ParseOptions } from './parseBulletin'
export type {
  ArticleKind,
  Byline,
  BylineRole,
  Diagnostic,
  DiagnosticLevel,
  ParsedArticle,
  ParsedIssue,
  ParsedPerson,
  ParseResult,
  Token,
} from './types'
