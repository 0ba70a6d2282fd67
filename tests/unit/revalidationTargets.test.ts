import { describe, expect, it } from 'vitest'

import { classifyContentChange } from '../../src/changes/classifyContentChange'
import { toMergeRevalidationTargets } from '../../src/changes/toMergeRevalidationTargets'
import { toRevalidationTargets } from '../../src/changes/toRevalidationTargets'

describe('toRevalidationTargets', () => {
  it("should name an article's issue, department and people pages, before and after a move", () => {
    expect(
      toRevalidationTargets({
        collection: 'articles',
        doc: { authors: [{ id: 7 }], department: 3, id: 10, issue: 2, mentions: [{ person: 8 }] },
        officeSlug: 'linfenlu',
        previousDoc: { authors: [7], department: 3, id: 10, issue: 1, photographers: [null] },
      }),
    ).toEqual({
      paths: [
        '/linfenlu',
        '/linfenlu/articles/10',
        '/linfenlu/departments/3',
        '/linfenlu/issues/1',
        '/linfenlu/issues/2',
        '/linfenlu/people/7',
        '/linfenlu/people/8',
      ],
      tags: [
        'article:10',
        'department:3',
        'issue:1',
        'issue:2',
        'office:linfenlu',
        'person:7',
        'person:8',
      ],
    })
  })

  it("should name a photo's article and no page of the photo's own", () => {
    expect(
      toRevalidationTargets({ collection: 'photos', doc: { article: 4, id: 9 }, officeSlug: 'a' }),
    ).toEqual({ paths: ['/a', '/a/articles/4'], tags: ['article:4', 'office:a', 'photo:9'] })
  })
})

describe('classifyContentChange', () => {
  const cases = [
    [{ hasDrafts: false, operation: 'create', status: undefined, wasPublished: false }, 'publish'],
    [{ hasDrafts: false, operation: 'update', status: undefined, wasPublished: false }, 'update'],
    [{ hasDrafts: true, operation: 'create', status: 'draft', wasPublished: false }, null],
    [{ hasDrafts: true, operation: 'create', status: 'published', wasPublished: false }, 'publish'],
    [{ hasDrafts: true, operation: 'update', status: 'published', wasPublished: true }, 'update'],
    [
      {
        hasDrafts: true,
        isStillPublished: true,
        operation: 'update',
        status: 'draft',
        wasPublished: true,
      },
      null,
    ],
    [
      {
        hasDrafts: true,
        isStillPublished: false,
        operation: 'update',
        status: 'draft',
        wasPublished: true,
      },
      'unpublish',
    ],
    [{ hasDrafts: true, operation: 'update', status: 'draft', wasPublished: false }, null],
  ] as const

  it.each(cases)('should classify %o as %s', (args, expected) => {
    expect(classifyContentChange({ isStillPublished: false, ...args })).toBe(expected)
  })
})

describe('toMergeRevalidationTargets', () => {
  it("should name both people's pages, the articles with their issues and the photos, once each", () => {
    expect(
      toMergeRevalidationTargets({
        articles: [
          { id: 10, issue: 2 },
          { id: 11, issue: { id: 2 } },
        ],
        collection: 'people',
        fromId: 8,
        officeSlug: 'linfenlu',
        photos: [
          { article: 11, id: 30 },
          { article: undefined, id: 31 },
        ],
        toId: 7,
      }),
    ).toEqual({
      paths: [
        '/linfenlu',
        '/linfenlu/articles/10',
        '/linfenlu/articles/11',
        '/linfenlu/issues/2',
        '/linfenlu/people/7',
        '/linfenlu/people/8',
      ],
      tags: [
        'article:10',
        'article:11',
        'issue:2',
        'office:linfenlu',
        'person:7',
        'person:8',
        'photo:30',
        'photo:31',
      ],
    })
  })
})
