import { describe, expect, it } from 'vitest'

import type { IssuePhoto, PickedFile } from '../../src/photos/types'
import { matchImagesToCaptions } from '../../src/photos/matchImagesToCaptions'
import { orderPhotosAsPrinted } from '../../src/photos/orderPhotosAsPrinted'
import { readNumberInFileName } from '../../src/photos/readNumberInFileName'
import { reassignImage } from '../../src/photos/reassignImage'
import { replayCorrections } from '../../src/photos/replayCorrections'

const limits = { maxBytes: 1000, mimeTypes: ['image/jpeg', 'image/png', 'image/webp'] }

const photo = (number: number, caption: string, filename: null | string = null): IssuePhoto => ({
  article: { id: 1, title: '文章' },
  caption,
  filename,
  id: 100 + number,
  number,
  previewUrl: null,
})

const photos = [
  photo(1, '调研现场', 'done.png'),
  photo(2, '活动现场'),
  photo(3, '座谈会现场'),
  photo(4, '刘燮检查社区食堂'),
]

const files = (...names: string[]): PickedFile[] =>
  names.map((name) => ({ key: name, name, size: 10, type: 'image/jpeg' }))

/** Each file's caption number, or its problem. */
const outcome = (picked: PickedFile[]) =>
  matchImagesToCaptions({ files: picked, limits, photos }).map((match) =>
    match.photoId === null ? match.problem : `${match.photoId - 100}:${match.reason}`,
  )

describe('matchImagesToCaptions', () => {
  it('should match by the photo number a file name ends with, full-width digits too', () => {
    expect(outcome(files('图4.jpg', 'scan-02.jpg', '第３张.jpg'))).toEqual([
      '4:number',
      '2:number',
      '3:number',
    ])
  })

  it('should fill the waiting captions in name order when the numbers are not photo numbers', () => {
    expect(outcome(files('IMG_0458.jpg', 'IMG_0457.jpg', 'IMG_0459.jpg', 'IMG_0460.jpg'))).toEqual([
      '3:order',
      '2:order',
      '4:order',
      'noCaption',
    ])
  })

  it('should match a file named with its caption before numbers and order', () => {
    expect(outcome(files('scan-9.jpg', '刘燮检查社区食堂.jpg', 'scan-10.jpg'))).toEqual([
      '2:order',
      '4:caption',
      '3:order',
    ])
  })

  it('should set aside a number naming a caption that has its image, and files that are not images', () => {
    const picked = [
      ...files('1.jpg', '2.jpg'),
      { key: 'a.pdf', name: 'a.pdf', size: 10, type: 'application/pdf' },
      { key: 'big.jpg', name: 'big.jpg', size: 5000, type: 'image/jpeg' },
    ]
    expect(outcome(picked)).toEqual(['hasImage', '2:number', 'notImage', 'tooLarge'])
  })
})

describe('reassignImage', () => {
  it('should move a file to a caption and set aside the file that had it, keeping refused files', () => {
    const picked = [
      ...files('2.jpg', '3.jpg'),
      { key: 'a.pdf', name: 'a.pdf', size: 10, type: 'application/pdf' },
    ]
    const matches = matchImagesToCaptions({ files: picked, limits, photos })
    expect(reassignImage({ fileKey: '2.jpg', matches, photoId: 103 })).toEqual([
      { fileKey: '2.jpg', photoId: 103, problem: null, reason: 'manual' },
      { fileKey: '3.jpg', photoId: null, problem: 'noCaption', reason: null },
      { fileKey: 'a.pdf', photoId: null, problem: 'notImage', reason: null },
    ])
  })
})

describe('replayCorrections', () => {
  const waitingPhotoIds = new Set([102, 103, 104])
  const labels = (matches: ReturnType<typeof matchImagesToCaptions>) =>
    matches.map((match) =>
      match.photoId === null
        ? `${match.fileKey}:${match.problem}`
        : `${match.fileKey}→${match.photoId - 100}:${match.reason}`,
    )

  it('should keep the editor’s corrections when more files are picked and all are matched again', () => {
    const first = files('scan-a.jpg', 'scan-b.jpg')
    const corrections = [
      { fileKey: 'scan-a.jpg', photoId: 4 + 100 },
      { fileKey: 'scan-b.jpg', photoId: null },
    ]
    const rematched = matchImagesToCaptions({
      files: [...first, ...files('图3.jpg')],
      limits,
      photos,
    })
    expect(labels(replayCorrections({ corrections, matches: rematched, waitingPhotoIds }))).toEqual(
      ['scan-a.jpg→4:manual', 'scan-b.jpg:noCaption', '图3.jpg→2:order'],
    )
  })

  it('should leave out a correction to a file no longer listed or a photo no longer waiting', () => {
    const matches = matchImagesToCaptions({ files: files('图2.jpg'), limits, photos })
    const corrections = [
      { fileKey: 'gone.jpg', photoId: 103 },
      { fileKey: '图2.jpg', photoId: 101 },
    ]
    expect(labels(replayCorrections({ corrections, matches, waitingPhotoIds }))).toEqual([
      '图2.jpg→2:number',
    ])
  })
})

describe('readNumberInFileName', () => {
  it.each([
    ['图3.jpg', 3],
    ['2021-01 scan 012.PNG', 12],
    ['调研现场.jpg', null],
  ])('should read %s as %s', (name, expected) => {
    expect(readNumberInFileName(name)).toBe(expected)
  })
})

describe('orderPhotosAsPrinted', () => {
  it("should follow the articles' order, then each article's photo list", () => {
    const stored = (id: number, article: number) => ({
      article,
      caption: `图${id}`,
      filename: null,
      id,
      previewUrl: null,
    })
    const ordered = orderPhotosAsPrinted({
      articles: [
        { id: 2, photos: [12, 11], title: '第一篇' },
        { id: 1, photos: [10], title: '第二篇' },
      ],
      photos: [stored(10, 1), stored(11, 2), stored(12, 2), stored(13, 2)],
    })
    expect(ordered.map((item) => [item.number, item.id, item.article.title])).toEqual([
      [1, 12, '第一篇'],
      [2, 11, '第一篇'],
      [3, 13, '第一篇'],
      [4, 10, '第二篇'],
    ])
  })
})
