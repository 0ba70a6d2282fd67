import { describe, expect, it } from 'vitest'

import { parseBulletin, parseBulletinText } from '../../../importers/bulletin/parseBulletin'

const parse = (lines: string[]) => parseBulletinText(lines.join('\n'))

const mastheaded = [
  '彭浦新村之窗',
  '主办:中共彭浦新村街道工作委员会 彭浦新村街道办事处',
  '2022年5月 第3期 总第58期',
  '',
  '街道推进美丽家园建设',
  '',
  '5月6日,彭浦新村街道召开推进会。街道党工委书记王建国出席会议。',
  '',
  '(社区管理办)',
]

describe('parsing an issue', () => {
  it('should read the masthead’s paper name, period and numbers', () => {
    expect(parse(mastheaded)).toMatchObject({
      isPeriodPrinted: true,
      issueNumber: 3,
      office: '彭浦新村街道',
      period: '2022-05',
      publication: '彭浦新村之窗',
      runningNumber: 58,
    })
  })

  it('should not take masthead lines for an article', () => {
    expect(parse(mastheaded).articles.map((article) => article.title)).toEqual([
      '街道推进美丽家园建设',
    ])
  })

  it('should give a person the role printed before the name', () => {
    expect(parse(mastheaded).articles[0]?.persons).toEqual([
      { name: '王建国', role: '街道党工委书记' },
    ])
  })

  it('should join a title wrapped over two lines set without a blank between', () => {
    const { articles } = parse(['街道推进老旧小区', '综合改造工程', '', '近日,改造工程启动。'])
    expect(articles[0]?.title).toBe('街道推进老旧小区综合改造工程')
  })

  it('should end the story before a HEADLINE marker even mid-sentence', () => {
    const { articles } = parse([
      '街道召开会议',
      '',
      '会议要求各部门',
      '',
      'HEADLINE',
      '',
      '志愿者走进敬老院',
      '',
      '志愿者为老人表演节目。',
    ])
    expect(articles.map((article) => article.title)).toEqual(['街道召开会议', '志愿者走进敬老院'])
  })

  it('should credit a byline printed under the title without ending the article', () => {
    const { articles } = parse([
      '志愿者走进敬老院',
      '文/刘洋 图/陈晨',
      '',
      '志愿者为老人表演节目。',
      '',
      '活动合影',
    ])
    expect(articles[0]).toMatchObject({
      authors: ['刘洋'],
      captions: ['活动合影'],
      paragraphs: ['志愿者为老人表演节目。'],
      photographers: ['陈晨'],
    })
  })

  it('should warn about a continuation whose first part is not in the file', () => {
    const { diagnostics } = parse(['(上接第1版)', '进行了部署。', '', '(社区管理办)'])
    expect(diagnostics).toContainEqual({
      level: 'warning',
      line: 1,
      message: 'Continued from page 1, which is not in this file',
    })
  })

  it('should note a period inferred from the text rather than printed', () => {
    const { diagnostics } = parse(['街道召开会议', '', '2021 年 1 月 11 日,街道召开会议。'])
    expect(diagnostics).toContainEqual({
      level: 'info',
      line: 1,
      message: 'Period 2021-01 inferred from the dates in the text (no masthead date)',
    })
  })

  it('should refuse an empty file with one line', () => {
    expect(parseBulletin(new Uint8Array(), { fileName: 'a.txt' })).toEqual({
      error: 'a.txt: the file is empty',
      ok: false,
    })
  })

  it('should drop a later page’s running head that repeats the paper’s name', () => {
    const { articles } = parse([
      ...mastheaded,
      '',
      '彭浦新村之窗 2022年5月20日 第2版',
      '',
      '彭浦新村之窗开设新栏目',
      '',
      '本报开设“邻里故事”栏目。',
      '',
      '（本版编辑:张三）',
    ])
    expect(articles.map((article) => article.title)).toEqual([
      '街道推进美丽家园建设',
      '彭浦新村之窗开设新栏目',
    ])
  })
})
