import { describe, expect, it } from 'vitest'

import { parseBulletinText } from '../../../importers/bulletin/parseBulletin'

const parse = (lines: string[]) => parseBulletinText(lines.join('\n')).articles

describe('assembling articles', () => {
  it('should rejoin a paragraph split by a photo caption', () => {
    const [article] = parse([
      '街道召开动员会',
      '',
      '要深刻认识,做好换届工作是夯实基层',
      '',
      '',
      '',
      '会议现场',
      '',
      '组织基础的重要举措。',
      '',
      '(社区党建办)',
    ])
    expect(article).toMatchObject({
      captions: ['会议现场'],
      department: '社区党建办',
      paragraphLines: [[3, 9]],
      paragraphs: ['要深刻认识,做好换届工作是夯实基层组织基础的重要举措。'],
    })
  })

  it('should rejoin a paragraph split at a column break without a caption', () => {
    const [article] = parse([
      '# 走进铁检',
      '',
      '活动中,检察官向同学们讲解了',
      '',
      '未成年人保护的法律知识。',
    ])
    expect(article?.paragraphs).toEqual(['活动中,检察官向同学们讲解了未成年人保护的法律知识。'])
  })

  it('should split a 短消息 list into briefs with their bylines', () => {
    const briefs = parse([
      '短消息',
      '',
      '7月2日,居委会举行暑期活动。 ■谷文君',
      '',
      '7月3日,街道侨联召开学习会。 ■刘德庆',
    ])
    expect(briefs.map(({ authors, kind, section }) => ({ authors, kind, section }))).toEqual([
      { authors: ['谷文君'], kind: 'brief', section: '短消息' },
      { authors: ['刘德庆'], kind: 'brief', section: '短消息' },
    ])
  })

  it('should read a subtitle printed with a dash', () => {
    const [article] = parse([
      '知民情如数家珍',
      '',
      '——平凉居民区开展争当“知情员”活动',
      '',
      '近期,居民区开展了活动。 ■薛明珠',
    ])
    expect([article?.title, article?.subtitle]).toEqual([
      '知民情如数家珍',
      '平凉居民区开展争当“知情员”活动',
    ])
  })

  it('should give an untitled story the title printed out of place at the end', () => {
    const articles = parse([
      '座谈会现场',
      '',
      '6月16日,民进区委来街道开展专项民主监督。',
      '',
      '(街道党群办)',
      '',
      '民进区委来街道开展专项民主监督',
    ])
    expect(articles.map(({ captions, kind, title }) => ({ captions, kind, title }))).toEqual([
      { captions: ['座谈会现场'], kind: 'article', title: '民进区委来街道开展专项民主监督' },
    ])
  })

  it('should credit both names of a 文/摄 byline as authors and photographers', () => {
    const [brief] = parse(['7月19日,街道举行节能减排知识竞赛。■杨惠明 陈凯庭文/摄'])
    expect([brief?.authors, brief?.photographers]).toEqual([
      ['杨惠明', '陈凯庭'],
      ['杨惠明', '陈凯庭'],
    ])
  })

  it('should read a section label fused with its title', () => {
    const [article] = parse([
      '阅！“社区通”创新社会治理模式',
      '',
      '“社区通”议事厅板块受到居民欢迎。',
    ])
    expect([article?.section, article?.title]).toEqual(['【阅】', '“社区通”创新社会治理模式'])
  })

  it('should make a 【链接】 item a sidebar', () => {
    const [, sidebar] = parse([
      '街道开展活动',
      '',
      '活动很成功。',
      '',
      '(街道党建办)',
      '',
      '【链接】',
      '',
      '肖素华工作室',
      '',
      '2014年,工作室成立。',
    ])
    expect([sidebar?.kind, sidebar?.section, sidebar?.title]).toEqual([
      'sidebar',
      '【链接】',
      '肖素华工作室',
    ])
  })

  it('should not read parentheses inside a sentence as a credit', () => {
    const [article] = parse([
      '街道走访企业',
      '',
      '柯琪走访了上海电能电气(集团)有限公司。',
      '',
      '(党群工作办)',
    ])
    expect(article?.department).toBe('党群工作办')
  })

  it('should continue a paragraph across a page marker', () => {
    const [article] = parse([
      '街道召开会议',
      '',
      '会议强调了三点要求,',
      '',
      '第 2 版',
      '',
      '— 2 —',
      '',
      '要求大家认真落实。',
    ])
    expect(article?.paragraphs).toEqual(['会议强调了三点要求,要求大家认真落实。'])
  })

  it('should join the part of an article continued on a later page', () => {
    const articles = parse([
      '街道推进美丽家园建设',
      '',
      '会议还对下一阶段的工作',
      '',
      '(下转第2版)',
      '',
      '志愿者走进敬老院',
      '',
      '志愿者为老人表演节目。',
      '',
      '(街道团工委)',
      '',
      '街道推进美丽家园建设',
      '(上接第1版)',
      '',
      '进行了部署。',
      '',
      '(社区管理办)',
    ])
    expect(
      articles.map(({ department, paragraphLines, title }) => ({
        department,
        paragraphLines,
        title,
      })),
    ).toEqual([
      { department: '社区管理办', paragraphLines: [[3, 16]], title: '街道推进美丽家园建设' },
      { department: '街道团工委', paragraphLines: [[9]], title: '志愿者走进敬老院' },
    ])
  })

  it('should read a caption with its photographer mid-sentence', () => {
    const [article] = parse([
      '街道举行运动会',
      '',
      '街道第五届社区运动会开幕,',
      '',
      '活动现场 吴刚 摄',
      '',
      '各居民区的运动员参加了比赛。',
      '',
      '（街道文体中心）',
    ])
    expect(article).toMatchObject({
      captions: ['活动现场'],
      department: '街道文体中心',
      paragraphs: ['街道第五届社区运动会开幕,各居民区的运动员参加了比赛。'],
      photographers: ['吴刚'],
    })
  })

  it('should end a 短消息 list at the next titled article', () => {
    const articles = parse([
      '短消息',
      '',
      '7月2日,居委会举行暑期活动。 ■谷文君',
      '',
      '居委会换届选举有序推进',
      '',
      '各居委会积极行动。 ■潘拯',
    ])
    expect(articles.map(({ kind, section, title }) => ({ kind, section, title }))).toEqual([
      { kind: 'brief', section: '短消息', title: null },
      { kind: 'article', section: null, title: '居委会换届选举有序推进' },
    ])
  })

  it('should keep a brief split across columns as one brief', () => {
    const briefs = parse([
      '短消息',
      '',
      '4月10日,街道司法所开展法律讲座,',
      '',
      '吸引了众多居民参加。 ■沈佳',
      '',
      '4月12日,志愿者清理楼道堆物。 ■沈佳',
    ])
    expect(briefs.map((brief) => brief.paragraphLines)).toEqual([[[3, 5]], [[7]]])
  })

  it('should skip the title repeated under a 上接 line', () => {
    const [article] = parse([
      '社区食堂开进老小区',
      '',
      '食堂每天供应午餐和晚餐,',
      '',
      '下转第2版',
      '',
      '上接第1版',
      '',
      '社区食堂开进老小区',
      '',
      '老人可享受优惠。',
    ])
    expect(article?.paragraphs).toEqual(['食堂每天供应午餐和晚餐,老人可享受优惠。'])
  })

  it('should end a paragraph at a line listing names after a label', () => {
    const [notice] = parse([
      '纠错有奖',
      '',
      '本月优秀读者:王一鸣、李二妹',
      '',
      '本月最佳读者:张三丰',
    ])
    expect(notice?.paragraphs).toEqual(['本月优秀读者:王一鸣、李二妹', '本月最佳读者:张三丰'])
  })

  it('should read the places leading a title as its subtitle', () => {
    const [article] = parse(['甲居民区、乙花园 楼道里的“小天地”', '', '居民一起美化楼道。'])
    expect([article?.title, article?.subtitle]).toEqual(['楼道里的“小天地”', '甲居民区、乙花园'])
  })
})
