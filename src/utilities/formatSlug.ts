/** Lower-cases, keeps letters (any script) and digits, and joins the rest with single dashes. */
export const formatSlug = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
