import { describe, expect, it } from 'vitest'

import { createLruCache } from '../../src/site/createLruCache'
import { parseSiteQueryArgs } from '../../src/site/siteQueries'
import { formatIssueSlug } from '../../src/utilities/formatIssueSlug'
import { listSlugCandidates } from '../../src/utilities/listSlugCandidates'

describe('formatIssueSlug', () => {
  it('should be the period, then the issue number or else the running number', () => {
    expect(formatIssueSlug({ period: '2021-01' })).toBe('2021-01')
    expect(formatIssueSlug({ issueNumber: 3, period: '2021-03', runningNumber: 45 })).toBe(
      '2021-03-3',
    )
    expect(formatIssueSlug({ period: '2021-03', runningNumber: 45 })).toBe('2021-03-45')
  })
})

describe('listSlugCandidates', () => {
  it('should try the bare slug, then the qualified one, then numbers', () => {
    const first = listSlugCandidates({ base: '短消息', qualifier: '2021-03', round: 0 })
    expect(first.slice(0, 4)).toEqual([
      '短消息',
      '短消息-2021-03',
      '短消息-2021-03-2',
      '短消息-2021-03-3',
    ])
    expect(listSlugCandidates({ base: '宋杰', round: 1 })[0]).toBe('宋杰-12')
  })
})

describe('createLruCache', () => {
  it('should drop the least recently used entry and refuse values computed before a clear', () => {
    const cache = createLruCache<number>({ maxEntries: 2, ttlMs: 60_000 })
    cache.set('a', 1)
    cache.set('b', 2)
    cache.get('a')
    cache.set('c', 3)
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3])
    const before = cache.generation
    cache.clear()
    cache.set('d', 4, before)
    expect(cache.get('d')).toBeUndefined()
    expect(cache.size).toBe(0)
  })

  it('should keep nothing with no entries allowed', () => {
    const cache = createLruCache<number>({ maxEntries: 0, ttlMs: 60_000 })
    cache.set('a', 1)
    expect(cache.get('a')).toBeUndefined()
  })
})

describe('parseSiteQueryArgs', () => {
  it('should complete paging and refuse bad arguments with one line naming them', () => {
    expect(parseSiteQueryArgs('sitePerson', { office: 'linfenlu', person: '宋杰' })).toEqual({
      limit: 20,
      office: 'linfenlu',
      page: 1,
      person: '宋杰',
    })
    expect(() => parseSiteQueryArgs('siteIssue', { office: 'linfenlu' })).toThrow(
      'siteIssue needs "issue": issue slug (2021-01)',
    )
    expect(() =>
      parseSiteQueryArgs('siteDepartment', { department: 'd', limit: '500', office: 'o' }),
    ).toThrow('limit may be at most 100, not 500')
    expect(() => parseSiteQueryArgs('siteIssues', { office: 'o', year: '21' })).toThrow(
      'year must have four digits, not "21"',
    )
  })
})
