import type { BulletinEncoding } from './decode'

export type DiagnosticLevel = 'error' | 'info' | 'warning'

/** Something a proof-reader should check, with the 1-based source line it concerns. */
export type Diagnostic = { level: DiagnosticLevel; line: number; message: string }

type TokenBase = {
  /** Blank lines between this line and the previous non-blank one. */
  blanksBefore: number
  /** 1-based line number in the decoded file. */
  line: number
  /** The line as printed (normalised, not trimmed of inner spaces). */
  raw: string
}

export type BylineRole = 'author' | 'both' | 'photographer'

export type Byline = { names: string[]; role: BylineRole }

/** One non-blank line, classified by its form alone (no context). */
export type Token = TokenBase &
  (
    | { byline: Byline; type: 'byline' }
    | { department: string; type: 'credit' }
    | { level: number; text: string; type: 'heading' }
    | { label: string; rest: null | string; type: 'section' }
    | { text: string; trailingByline: Byline | null; type: 'text' }
    | { type: 'footer' }
    | { type: 'jump' }
    | { type: 'marker' }
    | { type: 'pageMarker' }
  )

export type TokenType = Token['type']

export type ArticleKind = 'article' | 'brief' | 'notice' | 'sidebar'

/** A paragraph rejoined from the fragments OCR split it into. */
export type Paragraph = { lines: number[]; text: string }

export type ParsedPerson = { name: string; role: null | string }

export type ParsedArticle = {
  authors: string[]
  captions: string[]
  department: null | string
  kind: ArticleKind
  /** Source lines of each paragraph's fragments. */
  paragraphLines: number[][]
  paragraphs: string[]
  persons: ParsedPerson[]
  photographers: string[]
  section: null | string
  subtitle: null | string
  title: null | string
  /** Line of the title (or first paragraph when untitled). */
  line: number
}

export type ParsedIssue = {
  articles: ParsedArticle[]
  diagnostics: Diagnostic[]
  district: null | string
  encoding: BulletinEncoding
  issueNumber: null | number
  office: null | string
  period: null | string
  publication: null | string
  runningNumber: null | number
}

export type ParseResult = { issue: ParsedIssue; ok: true } | { error: string; ok: false }
