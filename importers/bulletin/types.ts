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
    | { bylines: Byline[]; type: 'byline' }
    | { department: string; type: 'credit' }
    | { level: number; text: string; type: 'heading' }
    | { label: string; rest: null | string; type: 'section' }
    | {
        /** A photo credit follows on the same line (活动现场 吴刚 摄): the text is a caption. */
        hasPhotoCredit: boolean
        text: string
        trailingBylines: Byline[] | null
        type: 'text'
      }
    | { type: 'footer' }
    | { direction: JumpDirection; page: string; type: 'jump' }
    | { kind: MastheadKind; type: 'masthead' }
    | { name: string; type: 'marker' }
    | { type: 'pageMarker' }
  )

/** 下转 (continues on a later page), 上接 (continued from an earlier one). */
export type JumpDirection = 'from' | 'to'

/** The paper's name, its 主办/imprint lines, and its date and issue-number line. */
export type MastheadKind = 'imprint' | 'issue' | 'name'

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
  /** Where the title was printed, when it stood apart from its story. */
  titleLine: null | number
}

export type ParsedIssue = {
  articles: ParsedArticle[]
  diagnostics: Diagnostic[]
  district: null | string
  encoding: BulletinEncoding
  /** The period was printed in a masthead rather than inferred from the dates in the text. */
  isPeriodPrinted: boolean
  /** 第N期, when printed. */
  issueNumber: null | number
  office: null | string
  period: null | string
  publication: null | string
  /** 总第N期, when printed. */
  runningNumber: null | number
}

export type ParseResult = { issue: ParsedIssue; ok: true } | { error: string; ok: false }
