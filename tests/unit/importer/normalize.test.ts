import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { normalizeText, toComparable } from '../../../importers/bulletin/normalize'

/** Text with what OCR and Windows editors leave behind, mixed into printed characters. */
const messyText = fc.string({
  maxLength: 200,
  unit: fc.oneof(
    fc.constantFrom(
      '\r\n',
      '\r',
      '\n',
      '\t',
      ' ',
      '\u3000',
      '\u00A0',
      '\u0000',
      '\u0007',
      '\u0085',
    ),
    fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u2028'),
    fc.constantFrom('街', '道', '，', '。', '（', '）', 'Ａ', '１', 'A', '1', '(', ')'),
    fc.string({ maxLength: 1, minLength: 1, unit: 'binary' }),
  ),
})

/** What may be removed: line breaks are rewritten, never removed. */
const removable =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF \t\u00A0\u3000]/u

describe('normalizeText', () => {
  it.each([
    { input: '第一行\r\n第二行\r\n', output: '第一行\n第二行\n', reason: 'CRLF becomes LF' },
    { input: '第一行\r第二行\r', output: '第一行\n第二行\n', reason: 'CR becomes LF' },
    { input: '\r\r\n\n', output: '\n\n\n', reason: 'CR, CRLF and LF are one line break each' },
    { input: '街\u0000道\u0000', output: '街道', reason: 'NUL bytes go' },
    { input: '街\u0007道\u001B\u007F\u0085', output: '街道', reason: 'other controls go' },
    { input: '街\u000B道\u000C', output: '街道', reason: 'vertical tab and form feed go' },
    { input: '街\u200B道\u200C\u200D\u2060', output: '街道', reason: 'zero-width characters go' },
    { input: '\uFEFF街道\uFEFF办事处', output: '街道办事处', reason: 'BOMs inside text go' },
    { input: '街道  \n办事处\t\u3000\n', output: '街道\n办事处\n', reason: 'trailing blanks go' },
    { input: '街道 \r\n', output: '街道\n', reason: 'blanks before CRLF go' },
    { input: '  街道\t办事处', output: '  街道\t办事处', reason: 'leading and inner blanks stay' },
    {
      input: '（社区党建办）ＡＢＣ１２３',
      output: '（社区党建办）ＡＢＣ１２３',
      reason: 'full-width stays',
    },
    { input: '(社区党建办)ABC123', output: '(社区党建办)ABC123', reason: 'half-width stays' },
    { input: '①②ｶﾀｶﾅ㈱', output: '①②ｶﾀｶﾅ㈱', reason: 'no compatibility folding' },
    { input: 'e\u0301', output: 'e\u0301', reason: 'no composition' },
  ])('should normalise so that $reason', ({ input, output }) => {
    expect(normalizeText(input)).toBe(output)
  })

  it('should be idempotent', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text))
      }),
      { numRuns: 1000 },
    )
  })

  it('should leave no CR, NUL, zero-width or trailing blank', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        expect(normalizeText(text)).not.toMatch(
          /[\r\u0000\u200B-\u200D\u2060\uFEFF]|[ \t\u00A0\u3000]$/mu,
        )
      }),
      { numRuns: 1000 },
    )
  })

  it('should keep every printed character, in order, and every line', () => {
    const printed = (text: string): string =>
      [...text.replace(/\r\n?/gu, '\n')].filter((char) => !removable.test(char)).join('')
    fc.assert(
      fc.property(messyText, (text) => {
        expect(printed(normalizeText(text))).toBe(printed(text))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('toComparable', () => {
  it.each([
    { input: '（社区党建办）ＡＢＣ１２３', output: '(社区党建办)ABC123' },
    { input: '  街道\u3000\n 办事处\t', output: '街道 办事处' },
    { input: 'ｶﾀｶﾅ', output: 'カタカナ' },
  ])('should fold "$input" to "$output"', ({ input, output }) => {
    expect(toComparable(input)).toBe(output)
  })

  it('should equal full-width and half-width spellings of the same words', () => {
    expect(toComparable('第１期（总第２３期）')).toBe(toComparable('第1期(总第23期)'))
  })
})
