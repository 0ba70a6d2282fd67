/** A size as staff read it: `10 MB`, `64 KB`, `512 B` (binary units, whole numbers). */
export const formatByteSize = (bytes: number): string => {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MB`
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`
}
