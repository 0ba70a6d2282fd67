import iconv from 'iconv-lite'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { decodeBulletin } from '../../../importers/bulletin/decode'

const seed = readFileSync(path.resolve('seed/bulletins/003_2792248b89b8671a.txt'), 'utf8')
const traditional = '臨汾路街道召開居民區「兩委」換屆工作動員部署會，會議由街道黨工委副書記主持。\n'

const bytesOf = (...parts: (number[] | string | Uint8Array)[]): Buffer =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))),
  )

describe('decodeBulletin', () => {
  it.each([
    { bytes: Buffer.from(seed), encoding: 'utf-8', hasBom: false, name: 'UTF-8' },
    {
      bytes: bytesOf([0xef, 0xbb, 0xbf], seed),
      encoding: 'utf-8',
      hasBom: true,
      name: 'UTF-8 BOM',
    },
    { bytes: iconv.encode(seed, 'gb18030'), encoding: 'gb18030', hasBom: false, name: 'GB18030' },
    { bytes: iconv.encode(seed, 'gbk'), encoding: 'gb18030', hasBom: false, name: 'GBK' },
    {
      bytes: iconv.encode(`\uFEFF${seed}`, 'gb18030'),
      encoding: 'gb18030',
      hasBom: true,
      name: 'GB18030 BOM',
    },
    { bytes: iconv.encode(seed, 'utf16le'), encoding: 'utf-16le', hasBom: false, name: 'UTF-16LE' },
    {
      bytes: iconv.encode(`\uFEFF${seed}`, 'utf16le'),
      encoding: 'utf-16le',
      hasBom: true,
      name: 'UTF-16LE BOM',
    },
    { bytes: iconv.encode(seed, 'utf16be'), encoding: 'utf-16be', hasBom: false, name: 'UTF-16BE' },
    {
      bytes: iconv.encode(`\uFEFF${seed}`, 'utf16be'),
      encoding: 'utf-16be',
      hasBom: true,
      name: 'UTF-16BE BOM',
    },
  ] as const)('should decode a bulletin written as $name', ({ bytes, encoding, hasBom }) => {
    expect(decodeBulletin(bytes)).toEqual({ encoding, hasBom, ok: true, text: seed })
  })

  it('should decode Big5 text in traditional characters', () => {
    expect(decodeBulletin(iconv.encode(traditional.repeat(3), 'big5'))).toEqual({
      encoding: 'big5',
      hasBom: false,
      ok: true,
      text: traditional.repeat(3),
    })
  })

  it('should read the HKSCS codes Big5 writers use for characters such as 两 and 务', () => {
    const text = `${traditional}两中心作风建设，社会事务受理服务中心\n`.repeat(3)
    expect(decodeBulletin(iconv.encode(text, 'big5'))).toEqual({
      encoding: 'big5',
      hasBom: false,
      ok: true,
      text,
    })
  })

  it('should keep a second U+FEFF after the BOM as text (normalize removes it)', () => {
    expect(decodeBulletin(bytesOf([0xef, 0xbb, 0xbf], '\uFEFF街道'))).toMatchObject({
      text: '\uFEFF街道',
    })
  })

  it('should tell UTF-16BE from UTF-16LE by reading when a character like 开 (U+5F00) holds a NUL', () => {
    const text = '社区召开会议，街道开展活动'.repeat(10)
    expect(decodeBulletin(iconv.encode(text, 'utf16be'))).toMatchObject({
      encoding: 'utf-16be',
      text,
    })
  })

  it('should read GB18030 behind more than a sample of ASCII', () => {
    const text = `${'Linfen Road bulletin\n'.repeat(4000)}${seed}`
    expect(decodeBulletin(iconv.encode(text, 'gb18030'))).toMatchObject({
      encoding: 'gb18030',
      text,
    })
  })

  it.each([0, 1, 2, 3])(
    'should read UTF-8 whose sample ends inside a character (shifted by %i)',
    (shift) => {
      const text = `${'x'.repeat(shift)}${seed.repeat(8)}`
      expect(decodeBulletin(Buffer.from(text))).toMatchObject({ encoding: 'utf-8', text })
    },
  )

  it('should accept a stray undecodable byte and mark it U+FFFD', () => {
    const result = decodeBulletin(bytesOf(seed.slice(0, 100), [0xff], seed.slice(100)))
    expect(result).toMatchObject({
      encoding: 'utf-8',
      ok: true,
      text: `${seed.slice(0, 100)}\uFFFD${seed.slice(100)}`,
    })
  })

  it.each([
    { bytes: new Uint8Array(), error: 'the file is empty' },
    {
      bytes: new Uint8Array(300 * 1024 * 1024),
      error: 'the file is 300 MB, more than any bulletin (the limit is 256 MB)',
    },
    { bytes: bytesOf([0xef, 0xbb, 0xbf]), error: 'the file is empty but for its byte order mark' },
    {
      bytes: bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      error: 'the file is a PNG image, not bulletin text',
    },
    { bytes: bytesOf('%PDF-1.7\n'), error: 'the file is a PDF document, not bulletin text' },
    {
      bytes: bytesOf([0x50, 0x4b, 0x03, 0x04, 0x14, 0]),
      error: 'the file is a ZIP archive (or a Word or Excel file), not bulletin text',
    },
    {
      bytes: bytesOf([0xff, 0xd8, 0xff, 0xe0]),
      error: 'the file is a JPEG image, not bulletin text',
    },
    {
      bytes: bytesOf([0x49, 0x49, 0x2a, 0, 8]),
      error: 'the file is a TIFF image, not bulletin text',
    },
    {
      bytes: bytesOf(Array.from({ length: 3000 }, (_, index) => (index % 3 === 0 ? 0x41 : 0))),
      error: 'the file is binary data (67% NUL or control bytes), not bulletin text',
    },
    {
      bytes: iconv.encode('日本語のテキストです。これはテストです。\n'.repeat(20), 'shiftjis'),
      error:
        'the file does not read as Chinese text in UTF-8, GB18030, Big5 or UTF-16 — re-save it as UTF-8',
    },
    {
      bytes: bytesOf(seed.replace(/的/gu, '\uFFFD')),
      error:
        'the file holds 1.9% replacement characters (�) from an earlier failed conversion — import the original file',
    },
  ])('should refuse with "$error"', ({ bytes, error }) => {
    expect(decodeBulletin(bytes)).toEqual({ error, ok: false })
  })

  it('should refuse damaged UTF-8, saying where and that it looks damaged', () => {
    const bytes = bytesOf(
      seed.slice(0, 500),
      Array.from({ length: 400 }, () => 0xc3),
      seed,
    )
    expect(decodeBulletin(bytes)).toEqual({
      error: `the file is not valid UTF-8 (8% of its characters undecodable, the first at byte ${Buffer.byteLength(seed.slice(0, 500))}); it looks damaged — re-save it from the original as UTF-8`,
      ok: false,
    })
  })

  it('should refuse a file that turns from UTF-8 to GB18030, naming GB18030', () => {
    const head = seed.repeat(7)
    const bytes = bytesOf(head, iconv.encode(seed.trimStart(), 'gb18030'))
    expect(decodeBulletin(bytes)).toEqual({
      error: `the file is not valid UTF-8 (14% of its characters undecodable, the first at byte ${Buffer.byteLength(head)}); it looks like GB18030 there — re-save the whole file as UTF-8 or GB18030`,
      ok: false,
    })
  })
})
