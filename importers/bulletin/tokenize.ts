import { parseByline } from './extract/parseByline'
import {
  bylineMark,
  bylineSlashed,
  credit,
  fusedSectionLabel,
  heading,
  jumpLine,
  marker,
  mastheadLine,
  pageMarker,
  sectionLabel,
} from './rules'
import type { Byline, Token } from './types'

type LineInfo = { blanksBefore: number; line: number; raw: string }

/** A byline that closes a paragraph: '… 工作。 ■田慧聪'. */
const splitTrailingByline = (text: string): { byline: Byline | null; text: string } => {
  const match = bylineMark.exec(text)
  const byline = match ? parseByline(match[1] ?? '') : null
  return byline && match
    ? { byline, text: text.slice(0, match.index).trimEnd() }
    : { byline: null, text }
}

const readSlashedByline = (text: string): Byline | null => {
  const match = bylineSlashed.exec(text)
  if (!match) return null
  const parsed = parseByline(match[2] ?? '')
  if (!parsed) return null
  const role = match[1] === '文' || match[1] === '文字' ? 'author' : 'photographer'
  return { names: parsed.names, role }
}

/** Classifies one line by its form alone. */
export const tokenizeLine = (info: LineInfo): Token => {
  const text = info.raw.trim()
  const headingMatch = heading.exec(text)
  if (headingMatch) {
    return {
      ...info,
      level: headingMatch[1]?.length ?? 1,
      text: headingMatch[2] ?? '',
      type: 'heading',
    }
  }
  if (marker.test(text)) return { ...info, type: 'marker' }
  if (pageMarker.test(text)) return { ...info, type: 'pageMarker' }
  if (jumpLine.test(text)) return { ...info, type: 'jump' }
  if (mastheadLine.test(text)) return { ...info, type: 'footer' }
  const sectionMatch = sectionLabel.exec(text)
  if (sectionMatch) return { ...info, label: sectionMatch[1] ?? text, rest: null, type: 'section' }
  const fusedMatch = fusedSectionLabel.exec(text)
  if (fusedMatch) {
    return { ...info, label: `【${fusedMatch[1]}】`, rest: fusedMatch[2] ?? null, type: 'section' }
  }
  const creditMatch = credit.exec(text)
  if (creditMatch) return { ...info, department: (creditMatch[1] ?? '').trim(), type: 'credit' }
  const standaloneByline = text.startsWith('■')
    ? parseByline(text.slice(1))
    : readSlashedByline(text)
  if (standaloneByline) return { ...info, byline: standaloneByline, type: 'byline' }
  const { byline, text: body } = splitTrailingByline(text)
  return { ...info, text: body, trailingByline: byline, type: 'text' }
}

/** Splits normalised text into tokens, one per non-blank line, each keeping its line number. */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = []
  let blanksBefore = 0
  const lines = text.split('\n')
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === '') {
      blanksBefore++
      continue
    }
    tokens.push(tokenizeLine({ blanksBefore, line: index + 1, raw }))
    blanksBefore = 0
  }
  return tokens
}
