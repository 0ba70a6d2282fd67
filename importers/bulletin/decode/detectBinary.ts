/** File signatures of formats staff might upload by mistake. */
const signatures: { bytes: number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a Word/Excel file)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Office document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF document' },
]

/** What kind of non-text file the bytes start like, if any. */
export const detectBinaryFormat = (bytes: Uint8Array): null | string =>
  signatures.find(({ bytes: signature }) => signature.every((byte, index) => bytes[index] === byte))
    ?.name ?? null
