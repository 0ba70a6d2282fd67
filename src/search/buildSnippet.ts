const contextBefore = 30
const snippetLength = 120

const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Longest first, so 垃圾分类 is marked whole rather than as 垃圾. */
const toTermPattern = (terms: string[]): null | RegExp => {
  const sorted = [...new Set(terms.filter((term) => term !== ''))].sort(
    (a, b) => b.length - a.length,
  )
  return sorted.length === 0 ? null : new RegExp(sorted.map(escapeRegExp).join('|'), 'giu')
}

/**
 * HTML with every occurrence of a term wrapped in <mark>, everything else escaped.
 */
export const highlightTerms = ({ terms, text }: { terms: string[]; text: string }): string => {
  const pattern = toTermPattern(terms)
  if (!pattern) return escapeHtml(text)
  let html = ''
  let last = 0
  for (const match of text.matchAll(pattern)) {
    html += `${escapeHtml(text.slice(last, match.index))}<mark>${escapeHtml(match[0])}</mark>`
    last = match.index + match[0].length
  }
  return html + escapeHtml(text.slice(last))
}

/**
 * A short passage of an article around the first term it contains (its opening when it
 * contains none, as when only the title matched), as HTML with the terms in <mark>.
 */
export const buildSnippet = ({ terms, text }: { terms: string[]; text: string }): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  const pattern = toTermPattern(terms)
  const firstMatch = pattern ? flat.search(pattern) : -1
  const start = firstMatch > contextBefore ? firstMatch - contextBefore : 0
  const end = Math.min(flat.length, start + snippetLength)
  const passage = flat.slice(start, end)
  return `${start > 0 ? '…' : ''}${highlightTerms({ terms, text: passage })}${end < flat.length ? '…' : ''}`
}
