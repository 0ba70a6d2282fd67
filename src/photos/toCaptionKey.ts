/**
 * The letters of a caption or file name, for telling whether one names the other: width and
 * case folded, digits, spaces, punctuation and the file extension dropped
 * (`图3 居民参加垃圾分类宣传.JPG` → `图居民参加垃圾分类宣传`).
 */
export const toCaptionKey = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/\.(jpe?g|png|webp|gif|tiff?|bmp|heic)$/iu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '')
