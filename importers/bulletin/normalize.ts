/** Zero-width characters OCR and word processors leave inside text, and stray BOMs. */
const invisibles = /[\u200B-\u200D\u2060\uFEFF]/gu
/** Control characters but tab and line feed, NUL and the C1 range of a mis-decoded file included. */
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu
/** Blanks at a line's end, the full-width one too: nothing printed, only OCR padding. */
const trailingBlanks = /[ \t\u00A0\u3000]+$/gmu

/**
 * Cleans decoded bulletin text without changing what was printed: CRLF and CR become LF; NULs,
 * other control characters and zero-width characters go; blanks at line ends are trimmed.
 * Full-width and half-width forms stay as printed (no NFKC). Idempotent.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(controls, '')
    .replace(invisibles, '')
    .replace(trailingBlanks, '')
}

/**
 * A lenient form for comparisons only, never for storage: NFKC (full-width ＡＢＣ１２３ and
 * （） become ASCII) with white space collapsed to single spaces and trimmed.
 */
export function toComparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim()
}
