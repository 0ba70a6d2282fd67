import { sentenceEnd } from './rules'
import type { Token } from './types'

/** A masthead sits in the first few lines of the file. */
const mastheadReach = 8
/** Longest paper name: 平凉之窗, 芷江西路社区报. */
const maxNameLength = 14

const isNameLike = (token: Token): boolean =>
  token.type === 'text' &&
  token.trailingBylines === null &&
  [...token.text.replace(/\s/gu, '')].length <= maxNameLength &&
  !sentenceEnd.test(token.text) &&
  !/[，,：:、“”"]/u.test(token.text)

/**
 * Reads the tokens in context where a line's form alone does not tell: a short line at the top
 * of the file, beside the 主办 line or the 2021年3月 第2期 line, is the paper's name, not a title.
 */
export const parseTokens = (tokens: Token[]): Token[] => {
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

/** The paper's name as its masthead prints it, if the file starts with one. */
export const readMastheadName = (tokens: Token[]): null | string => {
  const name = tokens
    .slice(0, mastheadReach)
    .find((token) => token.type === 'masthead' && token.kind === 'name')
  return name ? name.raw.replace(/[\s《》]/gu, '') : null
}
