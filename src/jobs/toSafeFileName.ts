/** Longest file name kept; longer ones are cut (file systems allow 255 bytes). */
const maxNameLength = 120

/**
 * A file name from outside (an inbox, an upload) made safe to use as one path segment: no
 * folders, no NUL or control characters, no leading dots, not too long.
 */
export const toSafeFileName = (name: string): string => {
  const base = name.split(/[\\/]/u).pop() ?? ''
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f]/gu, '')
    .replace(/^\.+/u, '')
    .trim()
  const chars = [...cleaned]
  const safe =
    chars.length > maxNameLength ? chars.slice(chars.length - maxNameLength).join('') : cleaned
  return safe === '' ? 'bulletin.txt' : safe
}
