// Placeholder: replaced by the real normaliser (line endings, NUL, zero-width characters).
/** Cleans decoded bulletin text without changing what was printed. Idempotent. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}
