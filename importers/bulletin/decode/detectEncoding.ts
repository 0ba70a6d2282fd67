import iconv from 'iconv-lite'

import type { BulletinEncoding } from '../decode'
import { commonHanzi } from './commonHanzi'

/** Bytes read to decide the encoding: detectors are slow, and a bulletin's first page decides. */
export const sampleSize = 64 * 1024

export type Bom = { encoding: BulletinEncoding; length: number }

const boms: readonly (Bom & { bytes: readonly number[] })[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8', length: 3 },
  // U+FEFF in GB18030; some Windows tools write it.
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030', length: 4 },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', length: 2 },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', length: 2 },
]

/** The byte order mark the file starts with, which names its encoding outright, or null. */
export const readBom = (bytes: Uint8Array): Bom | null => {
  const bom = boms.find(({ bytes: mark }) => mark.every((byte, index) => bytes[index] === byte))
  return bom ? { encoding: bom.encoding, length: bom.length } : null
}

/**
 * Decodes bytes (after any BOM). Node's Big5 is Windows-950 and reads the HKSCS codes that
 * Big5 writers use, simplified characters among them, as private-use characters: iconv-lite
 * reads them. TextDecoder's GB18030 follows the 2022 mapping, newer than iconv-lite's.
 */
export const decodeBytes = (bytes: Uint8Array, encoding: BulletinEncoding): string =>
  encoding === 'big5'
    ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'big5')
    : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes)

/**
 * Decodes a sample without inventing a replacement for a character the sample's end cuts in
 * two: in streaming mode a decoder holds an incomplete trailing sequence back.
 */
export const decodeSample = (sample: Uint8Array, encoding: BulletinEncoding): string =>
  encoding === 'big5'
    ? iconv
        .getDecoder('big5')
        .write(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength))
    : new TextDecoder(encoding, { ignoreBOM: true }).decode(sample, { stream: true })

const replacementChar = 0xfffd

/** How many U+FFFD replacement characters the text holds. */
export const countReplacements = (text: string): number => {
  let count = 0
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1))
    count++
  return count
}

/**
 * UTF-16 without a BOM: ASCII (digits, spaces, newlines) puts a NUL in every other byte, on
 * the high side of each pair. Chinese characters such as 一 (U+4E00) put a few on the low side.
 */
const detectUtf16ByNuls = (sample: Uint8Array): BulletinEncoding | null => {
  const pairs = Math.floor(sample.length / 2)
  let evenNuls = 0
  let oddNuls = 0
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) evenNuls++
    if (sample[index + 1] === 0) oddNuls++
  }
  const minNuls = Math.max(2, pairs * 0.03)
  if (oddNuls >= minNuls && oddNuls > 4 * evenNuls) return 'utf-16le'
  if (evenNuls >= minNuls && evenNuls > 4 * oddNuls) return 'utf-16be'
  return null
}

/** Where the first byte outside ASCII is; ASCII reads the same in every candidate but UTF-16. */
const findFirstNonAscii = (bytes: Uint8Array): number => {
  for (let index = 0; index < bytes.length; index++) if ((bytes[index] ?? 0) >= 0x80) return index
  return -1
}

const isValidUtf8 = (sample: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true })
    return true
  } catch {
    return false
  }
}

export type ChineseReading = {
  /** Frequent Chinese characters in the decoded text. */
  commonCount: number
  /** Characters outside ASCII, the ones a wrong encoding garbles. */
  nonAsciiCount: number
  replacementCount: number
}

/** How Chinese a decoded text reads: a wrong encoding yields rare characters and replacements. */
export const readChinese = (text: string): ChineseReading => {
  let commonCount = 0
  let nonAsciiCount = 0
  let replacementCount = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) continue
    nonAsciiCount++
    if (code === replacementChar) replacementCount++
    else if (commonHanzi.has(char)) commonCount++
  }
  return { commonCount, nonAsciiCount, replacementCount }
}

/** A replacement costs more than a common character gains: a valid decoding beats a lucky one. */
export const scoreReading = ({ commonCount, replacementCount }: ChineseReading): number =>
  commonCount - 2 * replacementCount

export type ScoredEncoding = { encoding: BulletinEncoding; reading: ChineseReading }

/** Decodes the sample in each candidate encoding, best-reading first (ties keep list order). */
export const rankEncodings = (
  sample: Uint8Array,
  candidates: readonly BulletinEncoding[],
): ScoredEncoding[] =>
  candidates
    .map((encoding) => ({ encoding, reading: readChinese(decodeSample(sample, encoding)) }))
    .sort((a, b) => scoreReading(b.reading) - scoreReading(a.reading))

export type Detection = {
  bom: Bom | null
  encoding: BulletinEncoding
  /** How the sample read in the chosen encoding, when the choice was made by reading. */
  reading: ChineseReading | null
}

/** Legacy candidates in order of preference on a tie: mainland offices write GB18030. */
const readableEncodings: readonly BulletinEncoding[] = [
  'utf-8',
  'gb18030',
  'big5',
  'utf-16le',
  'utf-16be',
]

/** Share of frequent characters that UTF-16 without BOM or NULs must reach to be believed. */
const minUtf16CommonShare = 0.2

/**
 * Any byte pair is a UTF-16 character, most of them rare hanzi: without NULs to go by, UTF-16
 * must read clearly Chinese (this text has no ASCII at all, not even a line break).
 */
const isPlausible = ({ encoding, reading }: ScoredEncoding): boolean =>
  !encoding.startsWith('utf-16') ||
  reading.commonCount >= reading.nonAsciiCount * minUtf16CommonShare

/**
 * Decides the encoding from a sample of the file, not the whole: a BOM; UTF-16's NUL pattern;
 * then, from the first non-ASCII byte on, strict UTF-8; failing that whichever of UTF-8
 * (damaged), GB18030, Big5 and UTF-16 (of text without ASCII) reads most like Chinese.
 */
export const detectEncoding = (bytes: Uint8Array): Detection => {
  const bom = readBom(bytes)
  if (bom) return { bom, encoding: bom.encoding, reading: null }
  const head = bytes.subarray(0, sampleSize)
  const utf16 = detectUtf16ByNuls(head)
  if (utf16) {
    // 开 (U+5F00) in UTF-16BE is '_' in UTF-16LE: let the reading overrule a few such NULs.
    const other = utf16 === 'utf-16le' ? 'utf-16be' : 'utf-16le'
    const [best] = rankEncodings(head, [utf16, other])
    return { bom: null, encoding: best?.encoding ?? utf16, reading: null }
  }
  const start = findFirstNonAscii(bytes)
  if (start === -1) return { bom: null, encoding: 'utf-8', reading: null }
  // Behind pure ASCII a non-ASCII byte starts a character in UTF-8, GB18030 and Big5 alike;
  // UTF-16 pairs stay aligned only from an even offset.
  const sample = bytes.subarray(start - (start % 2), start - (start % 2) + sampleSize)
  if (isValidUtf8(sample)) return { bom: null, encoding: 'utf-8', reading: null }
  const best = rankEncodings(sample, readableEncodings).find(isPlausible)
  return { bom: null, encoding: best?.encoding ?? 'gb18030', reading: best?.reading ?? null }
}
