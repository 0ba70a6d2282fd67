import { describe, expect, it } from 'vitest'

import { tokenize } from '../../../importers/bulletin/tokenize'

const typesOf = (text: string) => tokenize(text).map((token) => token.type)

describe('tokenizing lines', () => {
  it('should keep each token’s 1-based line and raw text', () => {
    expect(
      tokenize('\n\n街道召开会议\n\n会议现场').map(({ line, raw }) => ({ line, raw })),
    ).toEqual([
      { line: 3, raw: '街道召开会议' },
      { line: 5, raw: '会议现场' },
    ])
  })

  it('should count the blank lines before a token', () => {
    expect(tokenize('正文。\n\n\n\n会议现场').map((token) => token.blanksBefore)).toEqual([0, 3])
  })

  it('should read page markers in their printed forms', () => {
    expect(typesOf('第 2 版\n— 3 —\n第四版\n平凉之窗 第2版 社区新闻')).toEqual([
      'pageMarker',
      'pageMarker',
      'pageMarker',
      'pageMarker',
    ])
  })

  it('should read jump lines with their direction and page', () => {
    expect(
      tokenize('下转第4版\n(上接第1版)\n（转第二版）').map((token) =>
        token.type === 'jump' ? [token.direction, token.page] : token.type,
      ),
    ).toEqual([
      ['to', '4'],
      ['from', '1'],
      ['to', '二'],
    ])
  })

  it('should split a jump printed at the end of a paragraph into its own token', () => {
    expect(typesOf('会议还对下一阶段的工作(下转第2版)')).toEqual(['text', 'jump'])
  })

  it('should split a jump printed at the start of a paragraph into its own token', () => {
    expect(typesOf('（上接第1版）进行了部署。')).toEqual(['jump', 'text'])
  })

  it('should read masthead lines', () => {
    expect(
      tokenize('主办:中共平凉路街道工作委员会\n2021年3月 第2期 总第45期\n内部资料 免费交流').map(
        (token) => (token.type === 'masthead' ? token.kind : token.type),
      ),
    ).toEqual(['imprint', 'issue', 'imprint'])
  })

  it('should read a department credit in half- or full-width parentheses', () => {
    expect(
      tokenize('(社区党建办)\n（街道妇联）\n社区平安办供稿').map((token) =>
        token.type === 'credit' ? token.department : token.type,
      ),
    ).toEqual(['社区党建办', '街道妇联', '社区平安办'])
  })

  it('should read bylines in their printed forms', () => {
    expect(
      tokenize('■田慧聪\n文/刘洋\n陈晨 摄\n文/刘洋  图/陈晨\n记者 孙伟').map((token) =>
        token.type === 'byline' ? token.bylines : token.type,
      ),
    ).toEqual([
      [{ names: ['田慧聪'], role: 'author' }],
      [{ names: ['刘洋'], role: 'author' }],
      [{ names: ['陈晨'], role: 'photographer' }],
      [
        { names: ['刘洋'], role: 'author' },
        { names: ['陈晨'], role: 'photographer' },
      ],
      [{ names: ['孙伟'], role: 'author' }],
    ])
  })

  it('should split a byline closing a paragraph from its text', () => {
    expect(
      tokenize('居民参加了活动。 ■谷文君\n居民参加了活动。 文/张小燕').map((token) =>
        token.type === 'text' ? [token.text, token.trailingBylines] : token.type,
      ),
    ).toEqual([
      ['居民参加了活动。', [{ names: ['谷文君'], role: 'author' }]],
      ['居民参加了活动。', [{ names: ['张小燕'], role: 'author' }]],
    ])
  })

  it('should not take a short line of text for a byline', () => {
    expect(typesOf('会议现场\n文明城区建设\n王建国指出')).toEqual(['text', 'text', 'text'])
  })

  it('should read section labels, alone or fused with a title', () => {
    expect(
      tokenize('短消息\n【链接】\n【链接】什么是美丽家园\n阅！“社区通”上线').map((token) =>
        token.type === 'section' ? [token.label, token.rest] : token.type,
      ),
    ).toEqual([
      ['短消息', null],
      ['【链接】', null],
      ['【链接】', '什么是美丽家园'],
      ['【阅】', '“社区通”上线'],
    ])
  })

  it('should read markdown headings and HEADLINE markers', () => {
    expect(
      tokenize('HEADLINE\n# 街道谋划下半年工作\n## 炎炎夏日“送清凉”').map((token) =>
        token.type === 'heading' ? [token.level, token.text] : token.type,
      ),
    ).toEqual(['marker', [1, '街道谋划下半年工作'], [2, '炎炎夏日“送清凉”']])
  })
})
