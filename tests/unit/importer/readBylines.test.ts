import { describe, expect, it } from 'vitest'

import { readBylines } from '../../../importers/bulletin/extract/readBylines'

describe('reading bylines without the ■ mark', () => {
  it.each([
    ['文/刘洋', [{ names: ['刘洋'], role: 'author' }]],
    ['摄影:陈晨', [{ names: ['陈晨'], role: 'photographer' }]],
    ['刘洋 陈晨 文/摄', [{ names: ['刘洋', '陈晨'], role: 'both' }]],
    ['陈凯庭文/摄', [{ names: ['陈凯庭'], role: 'both' }]],
    ['（文/刘洋）', [{ names: ['刘洋'], role: 'author' }]],
    [
      '记者 孙伟 通讯员 李明',
      [
        { names: ['孙伟'], role: 'author' },
        { names: ['李明'], role: 'author' },
      ],
    ],
  ])('should read %s', (text, expected) => {
    expect(readBylines(text)).toEqual(expected)
  })

  it.each(['王建国', '会议现场', '社区党建办', '街道召开会议 文明'])(
    'should refuse %s, which prints no role word beside names',
    (text) => {
      expect(readBylines(text)).toBeNull()
    },
  )
})
