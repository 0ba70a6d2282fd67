import { parseByline } from './extract/parseByline'
import { readBylines } from './extract/readBylines'
import {
  bracketedSectionWithTitle,
  bylineMark,
  bylineSlashed,
  credit,
  creditSupplied,
  fusedSectionLabel,
  heading,
  imprintWords,
  jumpLine,
  leadingJump,
  marker,
  mastheadIssueLine,
  mastheadLine,
  pageMarker,
  runningHead,
  sectionLabel,
  sentenceEnd,
  trailingJump,
} from './rules'
import type { Byline, JumpDirection, Token } from './types'

type LineInfo = { blanksBefore: number; line: number; raw: string }

/** Longest line read as a running head or masthead rather than text. */
const maxHeadLength = 40
/** Longest tail after a paragraph's last sentence still read as its byline. */
const maxTrailingBylineLength = 30

const directionOf = (upDown: string, verb: string): JumpDirection =>
  upDown === '上' || (upDown === '' && verb === '接') ? 'from' : 'to'

/** A byline that closes a paragraph: '… 工作。 ■田慧聪', '…工作。 文/张小燕'. */
const splitTrailingByline = (text: string): { bylines: Byline[] | null; text: string } => {
  const match = bylineMark.exec(text)
  const marked = match ? parseByline(match[1] ?? '') : null
  if (marked && match) return { bylines: [marked], text: text.slice(0, match.index).trimEnd() }
  const lastEnd = Math.max(
    ...['。', '！', '？', '!', '?', '”'].map((mark) => text.lastIndexOf(mark)),
  )
  const tail = text.slice(lastEnd + 1)
  if (lastEnd < 0 || tail.trim().length === 0 || tail.length > maxTrailingBylineLength) {
    return { bylines: null, text }
  }
  const bylines = readBylines(tail)
  return bylines ? { bylines, text: text.slice(0, lastEnd + 1) } : { bylines: null, text }
}

const readSlashedByline = (text: string): Byline[] | null => {
  const match = bylineSlashed.exec(text)
  if (!match) return readBylines(text)
  const parsed = parseByline(match[2] ?? '')
  if (!parsed) return readBylines(text)
  const role = match[1] === '文' || match[1] === '文字' ? 'author' : 'photographer'
  return [{ names: parsed.names, role }]
}

/** A photo credit in parentheses closing a caption: 会议现场(吴刚摄). */
const parenthesisedCredit = /^(.*?)\s*[（(]\s*([^（()）]{2,16}?)\s*[）)]$/u

/** Caption and photo credit as separate words: 活动现场 吴刚 摄, 会议现场(吴刚摄). */
const findCaptionCredit = (text: string): { bylines: Byline[]; caption: string } | null => {
  const parenthesised = parenthesisedCredit.exec(text)
  if (parenthesised) {
    const bylines = readBylines(parenthesised[2] ?? '')
    return bylines ? { bylines, caption: parenthesised[1] ?? '' } : null
  }
  const chunks = text.split(/\s+/u)
  for (let size = 1; size <= Math.min(3, chunks.length - 1); size++) {
    const bylines = readBylines(chunks.slice(-size).join(' '))
    if (bylines) return { bylines, caption: chunks.slice(0, -size).join(' ') }
  }
  return null
}

/** A caption line that names its photographer becomes the caption's text and a photo credit. */
const splitCaptionCredit = (info: LineInfo, text: string): Token[] | null => {
  if (text.length > maxHeadLength || sentenceEnd.test(text)) return null
  const found = findCaptionCredit(text)
  const isPhotoCredit = found?.bylines.every((byline) => byline.role === 'photographer') ?? false
  const caption = found?.caption.trim() ?? ''
  if (!found || !isPhotoCredit || caption.length < 2 || /[，,、]$/u.test(caption)) return null
  return [
    { ...info, hasPhotoCredit: true, text: caption, trailingBylines: null, type: 'text' },
    { ...info, blanksBefore: 0, bylines: found.bylines, type: 'byline' },
  ]
}

/** The masthead's and page heads' lines: issue numbers, 主办, imprint, 第2版 running heads. */
const readHeadLine = (text: string, info: LineInfo): Token | null => {
  if (mastheadLine.test(text)) return { ...info, kind: 'imprint', type: 'masthead' }
  const isShort = text.length <= maxHeadLength && !sentenceEnd.test(text)
  if (!isShort) return null
  if (mastheadIssueLine.test(text)) return { ...info, kind: 'issue', type: 'masthead' }
  if (imprintWords.test(text)) return { ...info, kind: 'imprint', type: 'masthead' }
  if (/总\s*第\s*[0-9]+\s*期|(?:19|20)[0-9]{2}\s*年.*第\s*[0-9]+\s*期/u.test(text)) {
    return { ...info, kind: 'issue', type: 'masthead' }
  }
  return runningHead.test(text) ? { ...info, type: 'pageMarker' } : null
}

/** Longest line that may be anything but text: titles, labels, credits, bylines, mastheads. */
const maxShortLine = 60

/** A line of text, with the byline that may close it. */
const readText = (info: LineInfo, text: string): Token => {
  const { bylines, text: body } = splitTrailingByline(text)
  return { ...info, hasPhotoCredit: false, text: body, trailingBylines: bylines, type: 'text' }
}

/** Classifies the text of one line by its form alone. */
const classifyLine = (info: LineInfo, text: string): Token => {
  const headingMatch = heading.exec(text)
  if (headingMatch) {
    return {
      ...info,
      level: headingMatch[1]?.length ?? 1,
      text: headingMatch[2] ?? '',
      type: 'heading',
    }
  }
  // Only a paragraph runs this long: skip the forms of short lines.
  if (text.length > maxShortLine) return readText(info, text)
  const markerMatch = marker.exec(text)
  if (markerMatch) return { ...info, name: (markerMatch[1] ?? '').toUpperCase(), type: 'marker' }
  if (pageMarker.test(text)) return { ...info, type: 'pageMarker' }
  const jump = jumpLine.exec(text)
  if (jump) {
    const direction = directionOf(jump[1] ?? '', jump[2] ?? '')
    return { ...info, direction, page: jump[3] ?? '', type: 'jump' }
  }
  const head = readHeadLine(text, info)
  if (head) return head
  const sectionMatch = sectionLabel.exec(text)
  if (sectionMatch) {
    const label = sectionMatch[1] ?? text
    // 阅！ is a 【阅】 label whose brackets OCR read as an exclamation mark.
    const bracketed = /^\p{Script=Han}[！!]$/u.test(label) ? `【${label.slice(0, 1)}】` : label
    return { ...info, label: bracketed, rest: null, type: 'section' }
  }
  const bracketedMatch = bracketedSectionWithTitle.exec(text)
  if (bracketedMatch) {
    const label = `【${bracketedMatch[1] ?? ''}】`
    return { ...info, label, rest: bracketedMatch[2]?.trim() ?? null, type: 'section' }
  }
  const fusedMatch = fusedSectionLabel.exec(text)
  if (fusedMatch) {
    return { ...info, label: `【${fusedMatch[1]}】`, rest: fusedMatch[2] ?? null, type: 'section' }
  }
  const suppliedMatch = creditSupplied.exec(text)
  if (suppliedMatch) {
    return { ...info, department: (suppliedMatch[1] ?? '').trim(), type: 'credit' }
  }
  const creditMatch = credit.exec(text)
  if (creditMatch && !readBylines(text)) {
    return { ...info, department: (creditMatch[1] ?? '').trim(), type: 'credit' }
  }
  const marked = text.startsWith('■') ? parseByline(text.slice(1)) : null
  const standaloneBylines = marked ? [marked] : readSlashedByline(text)
  if (standaloneBylines) return { ...info, bylines: standaloneBylines, type: 'byline' }
  return readText(info, text)
}

/**
 * Classifies one line by its form alone. A jump printed inside a paragraph's line
 * (…的工作(下转第2版), (上接第1版)进行了部署) becomes a token of its own on the same line.
 */
export const tokenizeLine = (info: LineInfo): Token[] => {
  const text = info.raw.trim()
  const leading = leadingJump.exec(text)
  const trailing = leading ? null : trailingJump.exec(text)
  const jumpMatch = leading ?? trailing
  const rest = leading
    ? text.slice(leading[0].length).trim()
    : trailing
      ? text.slice(0, trailing.index).trim()
      : text
  if (!jumpMatch || rest.length === 0) {
    const token = classifyLine(info, text)
    return (token.type === 'text' && splitCaptionCredit(info, text)) || [token]
  }
  const jump: Token = {
    ...info,
    direction: directionOf(jumpMatch[1] ?? '', jumpMatch[2] ?? ''),
    page: jumpMatch[3] ?? '',
    type: 'jump',
  }
  const body = classifyLine(info, rest)
  return leading ? [jump, { ...body, blanksBefore: 0 }] : [body, { ...jump, blanksBefore: 0 }]
}

/** Splits normalised text into tokens, one per non-blank line, each keeping its line number. */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = []
  let blanksBefore = 0
  let line = 0
  let start = 0
  // Walks the lines without splitting the whole text at once (a 50 MB issue stays one copy).
  while (start <= text.length) {
    const end = text.indexOf('\n', start)
    const stop = end < 0 ? text.length : end
    const raw = text.slice(start, stop)
    line++
    if (raw.trim() === '') blanksBefore++
    else {
      tokens.push(...tokenizeLine({ blanksBefore, line, raw }))
      blanksBefore = 0
    }
    if (end < 0) break
    start = end + 1
  }
  return tokens
}
