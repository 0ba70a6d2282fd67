import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'

import { decodeBulletin } from '../../../importers/bulletin/decode'
import { normalizeText } from '../../../importers/bulletin/normalize'
import { parseBulletin, parseBulletinText } from '../../../importers/bulletin/parseBulletin'

const simplified = '社区街道居民委员会党工委书记主任召开会议活动服务志愿者工作开展学习静安区临汾路'
const traditional = '社區街道居民委員會黨工委書記主任召開會議活動服務志願者工作開展學習靜安區臨汾路'
const punctuation = '，。、：；！？“”《》（）'

const textOf = (alphabet: string) =>
  fc
    .array(fc.constantFrom(...alphabet.split(''), '\n', ' ', '1', '2', 'A'), {
      maxLength: 400,
      minLength: 120,
    })
    .map((chars) => `${alphabet.slice(0, 12)}${chars.join('')}`)

const encodings = [
  { alphabet: simplified + punctuation, encoding: 'utf-8', iconvName: 'utf8' },
  { alphabet: simplified + punctuation, encoding: 'gb18030', iconvName: 'gb18030' },
  { alphabet: traditional + punctuation, encoding: 'big5', iconvName: 'big5' },
  { alphabet: simplified + punctuation, encoding: 'utf-16le', iconvName: 'utf16le' },
] as const

const boms: Record<string, number[]> = { 'utf-16le': [0xff, 0xfe], 'utf-8': [0xef, 0xbb, 0xbf] }

describe('properties', () => {
  it.each(encodings)(
    'should round-trip text encoded as $encoding',
    ({ alphabet, encoding, iconvName }) => {
      fc.assert(
        fc.property(textOf(alphabet), (text) => {
          const result = decodeBulletin(iconv.encode(text, iconvName))
          expect(result).toMatchObject({ encoding, ok: true, text })
        }),
        { numRuns: 60 },
      )
    },
  )

  it.each(Object.entries(boms))('should round-trip %s text with a BOM', (encoding, bom) => {
    fc.assert(
      fc.property(textOf(simplified + punctuation), (text) => {
        const bytes = Buffer.concat([
          Buffer.from(bom),
          iconv.encode(text, encoding === 'utf-8' ? 'utf8' : 'utf16le'),
        ])
        expect(decodeBulletin(bytes)).toMatchObject({ encoding, hasBom: true, ok: true, text })
      }),
      { numRuns: 40 },
    )
  })

  it('should normalise idempotently', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text))
      }),
      { numRuns: 500 },
    )
  })

  it('should never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(() => parseBulletin(bytes)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })

  it('should never throw on arbitrary text shaped like a bulletin', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '',
        '',
        '短消息',
        '【链接】',
        '(社区党建办)',
        '■田慧聪',
        'HEADLINE',
        '第 2 版',
        '会议现场',
        '# 标题',
      ),
      fc.string({ maxLength: 60 }),
      textOf(simplified + punctuation),
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        expect(() => parseBulletinText(lines.join('\n'))).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })

  it('should put every paragraph line in increasing order and within the file', () => {
    const line = fc.oneof(
      fc.constantFrom('', '会议现场', '(社区党建办)', '街道召开会议'),
      textOf(simplified + punctuation),
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n')
        const lineCount = text.split('\n').length
        const { articles } = parseBulletinText(text)
        const spans = articles.flatMap((article) => article.paragraphLines)
        expect(
          spans.every((span) =>
            span.every((n, i) => n >= 1 && n <= lineCount && (i === 0 || n > (span[i - 1] ?? 0))),
          ),
        ).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
