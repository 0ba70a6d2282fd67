/** Zero-width characters OCR and word processors leave inside text, and stray BOMs. */
const invisible = /[\u200B-\u200D\u2060\uFEFF]/gu
/** Control characters other than tab and newline (NUL included). */
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu

/**
 * Cleans decoded bulletin text without changing what was printed: line endings become \n,
 * NULs, other control characters and zero-width characters go, trailing spaces are trimmed.
 * Full- and half-width forms are kept as printed. Idempotent.
 */
export const normalizeText = (text: string): string =>
  text
    .replace(/\r\n?/gu, '\n')
    .replace(controls, '')
    .replace(invisible, '')
    .replace(/[ \t\u3000]+$/gmu, '')

/** A lenient form for comparisons only: NFKC (全角 → half-width) and collapsed white space. */
export const toComparable = (text: string): string =>
  text.normalize('NFKC').replace(/\s+/gu, ' ').trim()
