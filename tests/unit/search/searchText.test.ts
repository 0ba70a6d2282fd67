import { describe, expect, it } from 'vitest'

import { buildSnippet, highlightTerms } from '../../../src/search/buildSnippet'
import { extractPlainText } from '../../../src/search/extractPlainText'
import { toBigrams } from '../../../src/search/segmentSearchText'
import { toSearchQuery } from '../../../src/search/toSearchQuery'
import { quoteLexeme, toSearchVector } from '../../../src/search/toSearchVector'

describe('search text', () => {
  it('should pair the characters of a Han run', () => {
    expect(toBigrams('垃圾分类')).toEqual(['垃圾', '圾分', '分类'])
  })

  it('should index the words of every part with its weight, then their bigrams', () => {
    const parts = [
      { text: '垃圾分类', weight: 'A' as const },
      { text: '分类', weight: 'D' as const },
    ]
    expect(toSearchVector(parts)).toBe("'垃圾':1A,6A '分类':2A,4,8A,10 '圾分':7A")
  })

  it("should match a term's jieba words or its bigrams in any order, every term required", () => {
    expect(toSearchQuery(' 垃圾分类，APP ')).toEqual({
      match: "(('垃圾' & '分类') | ('垃圾' & '圾分' & '分类')) & ('app')",
      rank: "(('垃圾' <-> '分类') | ('垃圾' <-> '圾分' <-> '分类')) & ('app')",
      terms: ['垃圾分类', 'APP', '垃圾', '分类', 'app'],
      titleMatch: "('#t:垃圾' & '#t:圾分' & '#t:分类') & ('#t:app')",
      titlePhrase:
        "(('垃圾' <-> '分类') | ('垃圾' <-> '圾分' <-> '分类')) & ('app') & ('垃圾' & '圾分' & '分类') & ('app')",
    })
  })

  it('should search one Han character as a prefix too', () => {
    expect(toSearchQuery('桥')).toEqual({
      match: "(('桥') | ('桥':*))",
      rank: "(('桥') | ('桥':*))",
      terms: ['桥'],
      titleMatch: "('#t:桥':*)",
      titlePhrase: "(('桥') | ('桥':*)) & ('桥':*)",
    })
  })

  it('should find nothing to search in punctuation alone', () => {
    expect(toSearchQuery('“”，。')).toBeNull()
  })

  it('should quote lexemes for PostgreSQL input', () => {
    expect(quoteLexeme("it's\\")).toBe("'it''s\\\\'")
  })

  it('should mark terms in escaped HTML, the longest term first', () => {
    expect(highlightTerms({ terms: ['垃圾', '垃圾分类'], text: '<b>垃圾分类</b>与垃圾' })).toBe(
      '&lt;b&gt;<mark>垃圾分类</mark>&lt;/b&gt;与<mark>垃圾</mark>',
    )
  })

  it('should cut a snippet around the first match', () => {
    const text = `${'前'.repeat(100)}垃圾分类${'后'.repeat(200)}`
    const snippet = buildSnippet({ terms: ['垃圾分类'], text })
    expect(snippet.startsWith(`…${'前'.repeat(30)}<mark>垃圾分类</mark>后`)).toBe(true)
    expect(snippet.endsWith('后…')).toBe(true)
  })

  it('should read the text of a Lexical body, a line per block', () => {
    const body = {
      root: {
        children: [
          {
            children: [{ text: '第一段' }, { type: 'linebreak' }, { text: '续' }],
            type: 'paragraph',
          },
          { children: [], type: 'paragraph' },
          { children: [{ children: [{ text: '列表项' }], type: 'listitem' }], type: 'list' },
        ],
      },
    }
    expect(extractPlainText(body)).toBe('第一段\n续\n列表项')
  })
})
