import { bylineRoleSuffix } from '../rules'
import type { Byline, BylineRole } from '../types'

const roleOfSuffix = (suffix: string): BylineRole => {
  const compact = suffix.replace(/[\s/／]/gu, '')
  if (compact.includes('文') && (compact.includes('摄') || compact.includes('图'))) return 'both'
  return compact.startsWith('摄') || compact.startsWith('图') ? 'photographer' : 'author'
}

const splitNames = (text: string): string[] =>
  text
    .split(/[\s、，,;；]+/u)
    .map((name) => name.trim())
    .filter((name) => /^[\p{Script=Han}·]{2,4}$/u.test(name))

/**
 * Reads a byline's text (without its ■ mark): '田慧聪', '杨惠明 陈凯庭文/摄', '陈凯庭 摄'.
 * Returns null when what follows the mark is not a list of names.
 */
export const parseByline = (text: string): Byline | null => {
  const trimmed = text.trim()
  const suffix = bylineRoleSuffix.exec(trimmed)
  const namesPart = suffix ? trimmed.slice(0, suffix.index) : trimmed
  const names = splitNames(namesPart)
  if (
    names.length === 0 ||
    names.join('').length < namesPart.replace(/[\s、，,;；]/gu, '').length
  ) {
    return null
  }
  return { names, role: suffix ? roleOfSuffix(suffix[1] ?? '') : 'author' }
}
