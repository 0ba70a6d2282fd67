import { detectBinaryFormat } from './decode/detectBinary'
import { countReplacements, detectEncoding, readBom } from './decode/detectEncoding'

export type BulletinEncoding = 'big5' | 'gb18030' | 'utf-16be' | 'utf-16le' | 'utf-8'

export type DecodeResult =
  | { encoding: BulletinEncoding; hasBom: boolean; ok: true; text: string }
  | { error: string; ok: false }

/** Above this share of undecodable characters the file is refused rather than imported damaged. */
const maxReplacementRatio = 0.001
/** Text files may carry stray NULs; a file this full of them is binary. */
const maxNulRatio = 0.1

const countNuls = (bytes: Uint8Array, limit: number): number => {
  let nuls = 0
  for (let index = 0; index < Math.min(bytes.length, limit); index++) if (bytes[index] === 0) nuls++
  return nuls
}

const otherEncoding = (encoding: BulletinEncoding): string =>
  encoding === 'utf-8' ? 'GB18030 or Big5' : 'UTF-8'

/**
 * Decodes a bulletin file's bytes to text, detecting its encoding from a sample of its start.
 * Refuses, with one line saying why, files that are empty, binary or decode badly.
 */
export const decodeBulletin = (bytes: Uint8Array): DecodeResult => {
  if (bytes.length === 0) return { error: 'the file is empty', ok: false }
  const binaryFormat = detectBinaryFormat(bytes)
  if (binaryFormat) return { error: `the file is ${binaryFormat}, not bulletin text`, ok: false }
  const encoding = detectEncoding(bytes)
  const bom = readBom(bytes)
  const isUtf16 = encoding.startsWith('utf-16')
  const sampleLength = 64 * 1024
  if (
    !isUtf16 &&
    countNuls(bytes, sampleLength) > Math.min(bytes.length, sampleLength) * maxNulRatio
  ) {
    return { error: 'the file is binary data (full of NUL bytes), not bulletin text', ok: false }
  }
  const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes)
  const replacements = countReplacements(text)
  if (replacements > text.length * maxReplacementRatio) {
    const percent = ((100 * replacements) / Math.max(1, text.length)).toFixed(2)
    return {
      error: `the file does not decode as ${encoding.toUpperCase()} (${percent}% undecodable characters); it may be ${otherEncoding(encoding)} or damaged: re-save it as UTF-8`,
      ok: false,
    }
  }
  return { encoding, hasBom: bom !== null, ok: true, text }
}
