import { detectBinaryFormat, measureControlShare } from './decode/detectBinary'
import type { ChineseReading } from './decode/detectEncoding'
import {
  countReplacements,
  decodeBytes,
  decodeSample,
  detectEncoding,
  sampleSize,
} from './decode/detectEncoding'
import { describeUndecodable, formatPercent } from './decode/describeUndecodable'

export type BulletinEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be'

export type DecodeResult =
  | { ok: true; text: string; encoding: BulletinEncoding; hasBom: boolean }
  | { ok: false; error: string }

/** A bulletin is tens of kilobytes; far above, a JavaScript string could not even hold the text. */
const maxFileBytes = 256 * 1024 * 1024

/** Above this share of undecodable characters a file is refused rather than imported damaged. */
const maxReplacementShare = 0.001
/** Text holds next to no NULs or other control characters; a sample this full of them is data. */
const maxControlShare = 0.1
/** Below this share of frequent characters among the non-ASCII ones (bulletins: 0.7), no encoding
 * reads Chinese. */
const minCommonShare = 0.15
/** Too few non-ASCII characters to judge how Chinese a text reads. */
const minCharactersToJudge = 100

/** U+FFFD as each encoding writes it: a file may hold some from an earlier failed conversion. */
const encodedReplacements: Record<BulletinEncoding, readonly number[] | null> = {
  big5: null,
  gb18030: [0x84, 0x31, 0xa4, 0x37],
  'utf-16be': [0xff, 0xfd],
  'utf-16le': [0xfd, 0xff],
  'utf-8': [0xef, 0xbf, 0xbd],
}

/** Replacement characters written in the file itself, as opposed to made by decoding it. */
const countWrittenReplacements = (bytes: Uint8Array, encoding: BulletinEncoding): number => {
  const pattern = encodedReplacements[encoding]
  if (!pattern) return 0
  const needle = Uint8Array.from(pattern)
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const step = encoding.startsWith('utf-16') ? 2 : 1
  let count = 0
  for (
    let index = haystack.indexOf(needle);
    index !== -1;
    index = haystack.indexOf(needle, index + 1)
  )
    if (index % step === 0) count++
  return count
}

const isUnreadable = (reading: ChineseReading | null): boolean =>
  reading !== null &&
  reading.nonAsciiCount >= minCharactersToJudge &&
  reading.commonCount < reading.nonAsciiCount * minCommonShare

const refuse = (error: string): DecodeResult => ({ error, ok: false })

/**
 * Decodes a bulletin file's bytes to text: UTF-8 with or without BOM, GB18030 (and GBK), Big5,
 * UTF-16LE/BE with or without BOM. The encoding is detected from a sample of the file's start.
 * Files that are empty, binary, undecodable or not Chinese text are refused with one line
 * saying why. The BOM, if any, is not part of the text.
 */
export function decodeBulletin(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return refuse('the file is empty')
  if (bytes.length > maxFileBytes) {
    const size = Math.round(bytes.length / 1024 / 1024)
    return refuse(`the file is ${size} MB, more than any bulletin (the limit is 256 MB)`)
  }
  const binaryFormat = detectBinaryFormat(bytes)
  if (binaryFormat) return refuse(`the file is ${binaryFormat}, not bulletin text`)
  const { bom, encoding, reading } = detectEncoding(bytes)
  const bomLength = bom?.length ?? 0
  const body = bytes.subarray(bomLength)
  const controlShare = measureControlShare(decodeSample(body.subarray(0, sampleSize), encoding))
  if (controlShare > maxControlShare) {
    return refuse(
      `the file is binary data (${formatPercent(controlShare)} NUL or control bytes), not bulletin text`,
    )
  }
  if (isUnreadable(reading)) {
    return refuse(
      'the file does not read as Chinese text in UTF-8, GB18030, Big5 or UTF-16 — re-save it as UTF-8',
    )
  }
  const text = decodeBytes(body, encoding)
  if (text.length === 0) return refuse('the file is empty but for its byte order mark')
  const replacementCount = countReplacements(text)
  const errorCount = Math.max(0, replacementCount - countWrittenReplacements(body, encoding))
  if (errorCount > text.length * maxReplacementShare) {
    return refuse(describeUndecodable({ bomLength, bytes, encoding, errorCount, text }))
  }
  if (replacementCount > text.length * maxReplacementShare) {
    return refuse(
      `the file holds ${formatPercent(replacementCount / text.length)} replacement characters (�) from an earlier failed conversion — import the original file`,
    )
  }
  return { encoding, hasBom: bom !== null, ok: true, text }
}
