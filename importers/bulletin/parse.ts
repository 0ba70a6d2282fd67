import { sentenceEnd } from './rules'
import type { Token } from './types'

/** A masthead sits in the first few lines of the file. */
const mastheadReach = 8
/** Longest paper name: 平凉之窗, 芷江西路社区报. */
const maxNameLength = 14
/** Longest running head: the name, a date, a page number. */
const maxHeadLength = 40

const isNameLike = (token: Token): boolean =>
  token.type === 'text' &&
  token.trailingBylines === null &&
  [...token.text.replace(/\s/gu, '')].length <= maxNameLength &&
  !sentenceEnd.test(token.text) &&
  !/[，,：:、“”"]/u.test(token.text)

/** Marks the short lines at the top of the file that print the paper's name. */
const markMastheadName = (tokens: Token[]): Token[] => {
  const head = tokens.slice(0, mastheadReach)
  const lastMasthead = head.findLastIndex((token) => token.type === 'masthead')
  if (lastMasthead < 0) return tokens
  const parsed = [...tokens]
  for (let index = 0; index < lastMasthead; index++) {
    const token = parsed[index]
    if (token && isNameLike(token)) parsed[index] = { ...token, kind: 'name', type: 'masthead' }
  }
  return parsed
}

/** Dates, issue and page numbers: all a running head prints after the paper's name. */
const headRemainder = /^[0-9０-９年月日号星期周一二三四五六七八九十天第版期总（）()·\-—–|｜/]*$/u

const isRunningHead = (compact: string, name: string): boolean =>
  compact.startsWith(name) && headRemainder.test(compact.slice(name.length))

/** A later page's running head repeats the paper's name: 平凉之窗 2012年7月20日. */
const markRunningHeads = (tokens: Token[], name: string): Token[] =>
  tokens.map((token) =>
    token.type === 'text' &&
    token.text.length <= maxHeadLength &&
    !sentenceEnd.test(token.text) &&
    isRunningHead(token.text.replace(/[\s《》]/gu, ''), name)
      ? { ...token, type: 'pageMarker' }
      : token,
  )

/**
 * Reads the tokens in context where a line's form alone does not tell: a short line at the top
 * of the file, beside the 主办 line or the 2021年3月 第2期 line, is the paper's name, not a title,
 * and a later line starting with that name is a page's running head.
 */
export const parseTokens = (tokens: Token[]): Token[] => {
  const marked = markMastheadName(tokens)
  const name = readMastheadName(marked)
  return name ? markRunningHeads(marked, name) : marked
}

/** The paper's name as its masthead prints it, if the file starts with one. */
export const readMastheadName = (tokens: Token[]): null | string => {
  const name = tokens
    .slice(0, mastheadReach)
    .find((token) => token.type === 'masthead' && token.kind === 'name')
  return name ? name.raw.replace(/[\s《》]/gu, '') : null
}
