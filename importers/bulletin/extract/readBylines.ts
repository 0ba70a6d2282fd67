import type { Byline, BylineRole } from '../types'
import { looksLikeName } from './chineseNames'

/** Words that say what the names beside them did. */
const roleWords: Record<string, BylineRole> = {
  作者: 'author',
  图: 'photographer',
  图文: 'both',
  图片: 'photographer',
  撰稿: 'author',
  摄: 'photographer',
  摄影: 'photographer',
  执笔: 'author',
  文: 'author',
  文图: 'both',
  文字: 'author',
  文摄: 'both',
  特约记者: 'author',
  本报记者: 'author',
  见习记者: 'author',
  记者: 'author',
  通讯员: 'author',
}

const roleWordList = Object.keys(roleWords).sort((a, b) => b.length - a.length)
const roleAlternation = `(?:${roleWordList.join('|')})(?:\\s*[/／]\\s*(?:${roleWordList.join('|')}))?`
/** 文/刘洋, 记者:孙伟 — a role word, a separator, then a name. */
const leadingRole = new RegExp(`^(${roleAlternation})\\s*[/／:：]\\s*(.+)$`, 'u')
/** 陈凯庭文/摄, 刘洋/文, 陈晨摄 — a name, then its role. */
const trailingRole = new RegExp(`^(.+?)[/／]?(${roleAlternation})$`, 'u')
const wholeRole = new RegExp(`^${roleAlternation}[:：]?$`, 'u')

const roleOf = (words: string): BylineRole => {
  const parts = words.split(/\s*[/／]\s*/u).map((part) => roleWords[part] ?? 'author')
  if (parts.includes('both')) return 'both'
  return parts.includes('author') && parts.includes('photographer')
    ? 'both'
    : (parts[0] ?? 'author')
}

const isName = (text: string): boolean =>
  looksLikeName(text) || /^\p{Script=Han}{1,4}·\p{Script=Han}{1,6}$/u.test(text)

/** Longest line read as a byline: a few names and role words. */
const maxBylineLength = 48

type Pending = { names: string[]; role: BylineRole | null }

/**
 * Reads a byline written without the ■ mark: 文/刘洋 图/陈晨, 记者 孙伟 通讯员 李明,
 * 陈晨 摄, 刘洋 陈晨 文/摄. Every word must be a name or a role word and at least one role
 * word must be printed, so ordinary short lines are never taken for bylines.
 */
export const readBylines = (text: string): Byline[] | null => {
  if (text.length > maxBylineLength) return null
  const inner = text.trim().replace(/^[（(]\s*(.*?)\s*[）)]$/u, '$1')
  const chunks = inner.split(/[\s、，,;；]+/u).filter((chunk) => chunk.length > 0)
  if (chunks.length === 0 || chunks.length > 8) return null
  const bylines: Byline[] = []
  let pending: Pending = { names: [], role: null }
  let hasRole = false
  const flush = () => {
    if (pending.names.length > 0) {
      bylines.push({ names: pending.names, role: pending.role ?? 'author' })
    }
    pending = { names: [], role: null }
  }
  for (const chunk of chunks) {
    if (wholeRole.test(chunk)) {
      hasRole = true
      const role = roleOf(chunk.replace(/[:：]$/u, ''))
      // 张三 摄: the role closes the names before it; 记者 张三: it opens the names after it.
      if (pending.names.length > 0 && pending.role === null) {
        pending.role = role
        flush()
      } else {
        flush()
        pending.role = role
      }
      continue
    }
    const leading = leadingRole.exec(chunk)
    if (leading && isName(leading[2] ?? '')) {
      hasRole = true
      flush()
      pending = { names: [leading[2] ?? ''], role: roleOf(leading[1] ?? '') }
      continue
    }
    const trailing = trailingRole.exec(chunk)
    // 李文摄 is 李文 + 摄, but 王文 is a name: a bare 文 never ends a name-and-role chunk.
    const isTrailingRole =
      trailing !== null && isName(trailing[1] ?? '') && (trailing[2] !== '文' || !isName(chunk))
    if (!isTrailingRole && isName(chunk)) {
      pending.names.push(chunk)
      continue
    }
    if (trailing && isTrailingRole) {
      hasRole = true
      const role = roleOf(trailing[2] ?? '')
      if (pending.role !== null) flush()
      pending.names.push(trailing[1] ?? '')
      pending.role = role
      flush()
      continue
    }
    return null
  }
  flush()
  return hasRole && bylines.length > 0 ? bylines : null
}
