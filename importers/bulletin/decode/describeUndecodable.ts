import iconv from 'iconv-lite'

import type { BulletinEncoding } from '../decode'
import { rankEncodings, sampleSize } from './detectEncoding'

const encodingNames: Record<BulletinEncoding, string> = {
  big5: 'Big5',
  gb18030: 'GB18030',
  'utf-16be': 'UTF-16BE',
  'utf-16le': 'UTF-16LE',
  'utf-8': 'UTF-8',
}

/** The encoding's name as editors show it in their "save as" menus. */
export const nameEncoding = (encoding: BulletinEncoding): string => encodingNames[encoding]

/** A share as a short percentage: 0.023 → "2.3%", 0.0012 → "0.12%". */
export const formatPercent = (share: number): string => `${Number((100 * share).toPrecision(2))}%`

/** How many bytes the text took in the file: exact for the valid text before a first error. */
const measureEncodedLength = (text: string, encoding: BulletinEncoding): number => {
  if (encoding === 'utf-8') return Buffer.byteLength(text, 'utf8')
  if (encoding.startsWith('utf-16')) return 2 * text.length
  return iconv.encode(text, encoding).length
}

/** What the bytes from the first undecodable character on most likely are, if they read well. */
const guessEncodingAt = (bytes: Uint8Array, offset: number): BulletinEncoding | null => {
  // Bytes before the first error decoded well, so the error most likely starts a character.
  const window = bytes.subarray(offset, offset + sampleSize)
  const [best] = rankEncodings(window, ['utf-8', 'gb18030', 'big5'])
  if (!best) return null
  const { commonCount, nonAsciiCount, replacementCount } = best.reading
  const readsWell = replacementCount <= nonAsciiCount * 0.001 && commonCount >= nonAsciiCount * 0.1
  return readsWell ? best.encoding : null
}

type Undecodable = {
  bytes: Uint8Array
  /** BOM bytes before the decoded text. */
  bomLength: number
  encoding: BulletinEncoding
  errorCount: number
  text: string
}

/**
 * One line on why a file did not decode and what to do: which encoding the damaged part looks
 * like (a file that mixes encodings), or that it looks damaged.
 */
export const describeUndecodable = ({
  bomLength,
  bytes,
  encoding,
  errorCount,
  text,
}: Undecodable): string => {
  const firstError = Math.max(0, text.indexOf('\uFFFD'))
  const offset = bomLength + measureEncodedLength(text.slice(0, firstError), encoding)
  const likely = guessEncodingAt(bytes, offset)
  const name = nameEncoding(encoding)
  const what = `the file is not valid ${name} (${formatPercent(errorCount / text.length)} of its characters undecodable, the first at byte ${offset})`
  if (likely && likely !== encoding) {
    return `${what}; it looks like ${nameEncoding(likely)} there — re-save the whole file as UTF-8 or ${nameEncoding(likely)}`
  }
  return `${what}; it looks damaged — re-save it from the original as UTF-8`
}
