import { describe, expect, it } from 'vitest'

import { toTextArrayLiteral } from '../../importers/bulletin/persist/bulk/textArray'

describe('toTextArrayLiteral', () => {
  it('should quote every element and escape quotes and backslashes', () => {
    expect(toTextArrayLiteral(['短消息', 'a"b', 'c\\d', '', 'x,y', '{z}'])).toBe(
      '{"短消息","a\\"b","c\\\\d","","x,y","{z}"}',
    )
  })

  it('should give an empty array for no values', () => {
    expect(toTextArrayLiteral([])).toBe('{}')
  })
})
