type Signature = { bytes: readonly number[]; name: string; offset?: number }

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0))

/** File signatures of what staff might upload instead of the OCR text: the scan itself, mostly. */
const signatures: readonly Signature[] = [
  { bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: ascii('GIF8'), name: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], name: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], name: 'a TIFF image' },
  { bytes: ascii('WEBP'), name: 'a WebP image', offset: 8 },
  { bytes: ascii('ftyp'), name: 'a HEIC image or video', offset: 4 },
  { bytes: ascii('%PDF'), name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a Word or Excel file)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'an old Word or Excel file' },
  { bytes: ascii('{\\rtf'), name: 'an RTF document' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7-Zip archive' },
  { bytes: ascii('Rar!'), name: 'a RAR archive' },
]

const hasSignature = (bytes: Uint8Array, { bytes: signature, offset = 0 }: Signature): boolean =>
  signature.every((byte, index) => bytes[offset + index] === byte)

/** The kind of non-text file the bytes start like (`'a PNG image'`), or null. */
export const detectBinaryFormat = (bytes: Uint8Array): string | null =>
  signatures.find((signature) => hasSignature(bytes, signature))?.name ?? null

/** Tab, line feed, vertical tab, form feed, carriage return: control characters text may hold. */
const isTextControl = (code: number): boolean => code >= 0x09 && code <= 0x0d

/**
 * The share of a decoded sample that is NUL or another control character no text file holds.
 * Text has next to none; binary data decoded as text is full of them.
 */
export const measureControlShare = (text: string): number => {
  let controls = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if ((code < 0x20 && !isTextControl(code)) || code === 0x7f) controls++
  }
  return text.length === 0 ? 0 : controls / text.length
}
