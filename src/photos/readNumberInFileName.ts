/**
 * The number a scanned image's file name ends with, before its extension: `图3.jpg`, `scan-03.png`
 * and `2021-01 第３张.jpg` (full-width digits) give 3. Null when the name holds no digits.
 */
export const readNumberInFileName = (name: string): null | number => {
  const stem = name.normalize('NFKC').replace(/\.[^.]*$/u, '')
  const digits = stem.match(/\d+/gu)?.at(-1)
  return digits === undefined ? null : Number(digits)
}
