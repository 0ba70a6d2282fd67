import fc from 'fast-check'
import iconv from 'iconv-lite'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { BulletinEncoding } from '../../../importers/bulletin/decode'
import { decodeBulletin } from '../../../importers/bulletin/decode'
import { detectBinaryFormat } from '../../../importers/bulletin/decode/detectBinary'

const seedDir = path.resolve('seed/bulletins')
/** Real bulletin text: slices of it are what files hold, in simplified characters. */
const seedText = readdirSync(seedDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => readFileSync(path.join(seedDir, file), 'utf8'))
  .join('\n')

/** Bulletin phrases in traditional characters, as a Big5 file would hold them. */
const traditionalPhrases = [
  '臨汾路街道召開',
  '居民區「兩委」換屆工作動員部署會',
  '根據市委、區委關於換屆工作的部署要求，',
  '全面啟動居民區換屆工作。',
  '街道黨政班子成員、機關聯絡員代表、各居民區黨總支書記等出席會議。',
  '會議由街道黨工委副書記主持。',
  '志願者服務活動',
  '社區衛生服務中心為老年居民舉辦健康講座，',
  '開展垃圾分類宣傳，',
  '靜安區文明城區創建工作',
  '黨員群眾踴躍參加',
  '新時代文明實踐站',
  '「我為群眾辦實事」',
]

const bom: Record<BulletinEncoding, readonly number[]> = {
  big5: [],
  gb18030: [0x84, 0x31, 0x95, 0x33],
  'utf-16be': [0xfe, 0xff],
  'utf-16le': [0xff, 0xfe],
  'utf-8': [0xef, 0xbb, 0xbf],
}

const encode = (text: string, encoding: BulletinEncoding, { hasBom = false } = {}): Buffer =>
  Buffer.concat([Buffer.from(hasBom ? bom[encoding] : []), iconv.encode(text, encoding)])

/** Text files hold no control characters but tab and line breaks (the decoder calls them binary). */
const dropControls = (text: string): string =>
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, '')

/** Any Unicode text, astral planes included, as long as a file of it could be text. */
const anyText = fc
  .string({ maxLength: 300, minLength: 1, unit: 'binary' })
  .map(dropControls)
  .filter((text) => text.length > 0)

/**
 * GB18030-2022, which TextDecoder follows, moved 19 private-use code points (U+E5E5, U+E78D…)
 * to the characters they stood for; iconv-lite still writes the 2005 mapping.
 */
const anyTextOutsidePua = anyText
  .map((text) => text.replace(/[\uE000-\uF8FF]/gu, ''))
  .filter((text) => text.length > 0)

/** A stretch of a real bulletin: lines, digits, full-width punctuation, simplified hanzi. */
const bulletinSlice = fc
  .tuple(fc.nat({ max: seedText.length - 1 }), fc.integer({ max: 3000, min: 60 }))
  .map(([start, length]) => seedText.slice(start, start + length))
  .filter((text) => text.trim().length >= 60)

/** Bulletin text in traditional characters, with the ASCII a file has (digits, line breaks). */
const traditionalText = fc
  .array(
    fc.oneof(fc.constantFrom(...traditionalPhrases), fc.constantFrom('\n', ' ', '2021', '12')),
    {
      maxLength: 120,
      minLength: 8,
    },
  )
  .map((parts) => traditionalPhrases.slice(0, 3).join('') + parts.join(''))

/** Chinese without a single ASCII byte: UTF-16 without BOM shows no NULs then. */
const hanziOnly = bulletinSlice
  .map((text) => text.replace(/[\u0000-\u007F]/gu, ''))
  .filter((text) => text.length >= 40)

const withBom = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const
const unicodeWithoutBom = ['utf-16le', 'utf-16be'] as const

describe('encoding round trip', () => {
  it('should decode any text written as UTF-8 without BOM', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const bytes = encode(text, 'utf-8')
        fc.pre(!text.startsWith('\uFEFF') && detectBinaryFormat(bytes) === null)
        expect(decodeBulletin(bytes)).toEqual({ encoding: 'utf-8', hasBom: false, ok: true, text })
      }),
      { numRuns: 300 },
    )
  })

  it.each(withBom)('should decode any text written as %s with a BOM', (encoding) => {
    fc.assert(
      fc.property(encoding === 'gb18030' ? anyTextOutsidePua : anyText, (text) => {
        const bytes = encode(text, encoding, { hasBom: true })
        fc.pre(detectBinaryFormat(bytes) === null)
        expect(decodeBulletin(bytes)).toEqual({ encoding, hasBom: true, ok: true, text })
      }),
      { numRuns: 200 },
    )
  })

  it.each(['utf-8', ...withBom.slice(1), 'big5'] as const)(
    'should decode a stretch of a bulletin written as %s without BOM',
    (encoding) => {
      const arbitrary = encoding === 'big5' ? traditionalText : bulletinSlice
      fc.assert(
        fc.property(arbitrary, (text) => {
          expect(decodeBulletin(encode(text, encoding))).toEqual({
            encoding,
            hasBom: false,
            ok: true,
            text,
          })
        }),
        { numRuns: 150 },
      )
    },
  )

  it.each(unicodeWithoutBom)(
    'should decode Chinese without any ASCII written as %s without BOM',
    (encoding) => {
      fc.assert(
        fc.property(hanziOnly, (text) => {
          expect(decodeBulletin(encode(text, encoding))).toEqual({
            encoding,
            hasBom: false,
            ok: true,
            text,
          })
        }),
        { numRuns: 150 },
      )
    },
  )

  it.each(['gb18030', 'big5'] as const)(
    'should decode ASCII written as %s to the same text, as UTF-8 (the bytes are the same)',
    (encoding) => {
      fc.assert(
        fc.property(fc.string({ minLength: 1, unit: 'grapheme-ascii' }), (text) => {
          fc.pre(detectBinaryFormat(Buffer.from(text)) === null)
          expect(decodeBulletin(encode(text, encoding))).toEqual({
            encoding: 'utf-8',
            hasBom: false,
            ok: true,
            text,
          })
        }),
        { numRuns: 200 },
      )
    },
  )

  // A few hanzi are valid GB18030 and valid Big5 at once, and read as common characters in
  // both: no detector can tell them apart, so only consistency is promised for short texts.
  it.each(['gb18030', 'big5'] as const)(
    'should return short %s text exactly as the encoding it names decodes it',
    (encoding) => {
      const shortHanzi = fc.string({
        maxLength: 6,
        minLength: 1,
        unit: fc.constantFrom(...'社区會議街道居民委員会的是在有人中大'),
      })
      fc.assert(
        fc.property(shortHanzi, (text) => {
          const bytes = encode(text, encoding)
          const result = decodeBulletin(bytes)
          const label = result.ok ? result.encoding : 'gb18030'
          expect(result).toEqual({
            encoding: label,
            hasBom: false,
            ok: true,
            text: iconv.decode(bytes, label),
          })
        }),
        { numRuns: 200 },
      )
    },
  )
})
