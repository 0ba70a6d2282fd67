import { describe, expect, it } from 'vitest'

import { mergeAliases } from '../../src/merge/mergeNamedEntity'
import { moveItem } from '../../src/utilities/moveItem'

describe('moveItem', () => {
  it('should swap an article with its neighbour', () => {
    expect([moveItem(['a', 'b', 'c'], 0, 1), moveItem(['a', 'b', 'c'], 2, -1)]).toEqual([
      ['b', 'a', 'c'],
      ['a', 'c', 'b'],
    ])
  })

  it('should return the same list when the article is already first or last', () => {
    const items = ['a', 'b']
    expect([moveItem(items, 0, -1) === items, moveItem(items, 1, 1) === items]).toEqual([
      true,
      true,
    ])
  })
})

describe('mergeAliases', () => {
  it('should keep the merged name and aliases once, never the kept name itself', () => {
    const kept = { aliases: [{ alias: '宋  杰' }], id: 1, name: '宋杰' }
    const merged = { aliases: [{ alias: '宋杰' }, { alias: '宋 杰' }], id: 2, name: '宋  杰' }
    expect(mergeAliases(kept, merged)).toEqual([{ alias: '宋  杰' }, { alias: '宋 杰' }])
  })
})
