import { describe, expect, it } from 'vitest'

import { parseByline } from '../../../importers/bulletin/extract/parseByline'
import {
  inferDistrict,
  inferOffice,
  inferPeriod,
  inferPublication,
} from '../../../importers/bulletin/extract/extractIssueMeta'
import { extractPersons } from '../../../importers/bulletin/extract/extractPersons'

describe('extracting people and issue facts', () => {
  it('should take the role printed before a name', () => {
    expect(extractPersons('会议由街道党工委副书记宋杰主持。')).toEqual([
      { name: '宋杰', role: '街道党工委副书记' },
    ])
  })

  it('should share a role across names listed with 、', () => {
    expect(
      extractPersons('民进区委主委聂丹,副主委曾云、叶涛率调研组来到街道。').map((p) => p.role),
    ).toEqual(['民进区委主委', '副主委', '副主委'])
  })

  it('should read a title printed after a name', () => {
    expect(extractPersons('盈科律师事务所的孙凯哲律师为大家答疑。')).toEqual([
      { name: '孙凯哲', role: '律师' },
    ])
  })

  it('should keep a role that includes a parenthesis', () => {
    expect(extractPersons('区民政局(区老年事业发展中心副主任)季鸣亚参加检查。')).toEqual([
      { name: '季鸣亚', role: '区民政局(区老年事业发展中心副主任)' },
    ])
  })

  it('should not take an organisation for a person', () => {
    expect(extractPersons('上海乐群社工服务社的社工为居民服务。')).toEqual([])
  })

  it('should read bylines with their roles', () => {
    expect([
      parseByline('田慧聪'),
      parseByline('陈凯庭 摄'),
      parseByline('杨惠明 陈凯庭文/摄'),
    ]).toEqual([
      { names: ['田慧聪'], role: 'author' },
      { names: ['陈凯庭'], role: 'photographer' },
      { names: ['杨惠明', '陈凯庭'], role: 'both' },
    ])
  })

  it('should name the street office written most often', () => {
    expect(inferOffice('临汾路街道召开会议。会上,临汾路街道党工委书记讲话。街道各部门参加。')).toBe(
      '临汾路街道',
    )
  })

  it('should name the district mentioned most often', () => {
    expect(inferDistrict('静安区临汾路街道举行活动,静安区科协参加。上海宝山区某公司赞助。')).toBe(
      '静安区',
    )
  })

  it('should read the paper name from 《》', () => {
    expect(inferPublication('通过社区报《平凉之窗》宣传报导,依据《上海市条例》。')).toBe('平凉之窗')
  })

  it('should infer the period from the dated events of the latest year', () => {
    expect(
      inferPeriod('2020 年 12 月 29 日大会召开。2021 年 1 月 11 日换届会议,1 月 15 日检查。'),
    ).toBe('2021-01')
  })

  it('should take a name that is also a dictionary word when a title precedes it', () => {
    expect(extractPersons('街道党工委副书记马力宣布开幕。')).toEqual([
      { name: '马力', role: '街道党工委副书记' },
    ])
  })

  it('should not take a form of address for a name', () => {
    expect(extractPersons('居民钱阿姨说:“饭菜可口。”')).toEqual([])
  })

  it('should not take a verb after an everyday role word for a name', () => {
    expect(extractPersons('居民学做垃圾分类。')).toEqual([])
  })

  it('should repair a name whose last character the segmenter gave to 等', () => {
    expect(extractPersons('街道党工委书记陈家明等参加活动。')).toEqual([
      { name: '陈家明', role: '街道党工委书记' },
    ])
  })

  it('should read a compound surname cut from its given name, without the quote before', () => {
    expect(extractPersons('“我们会继续努力,”居委会主任欧阳文说。')).toEqual([
      { name: '欧阳文', role: '居委会主任' },
    ])
  })

  it('should give each listed name the label before the colon', () => {
    expect(extractPersons('获奖名单:王芳、李娜、张伟')).toEqual([
      { name: '王芳', role: '获奖名单' },
      { name: '李娜', role: '获奖名单' },
      { name: '张伟', role: '获奖名单' },
    ])
  })
})
