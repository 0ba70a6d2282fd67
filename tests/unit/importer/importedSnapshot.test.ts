import { describe, expect, it } from 'vitest'

import {
  fieldValuesOf,
  paragraphsSha256,
  readSnapshot,
} from '../../../importers/bulletin/persist/importedSnapshot'

const fields = { excerpt: '摘要', kind: 'brief', section: null, subtitle: null, title: '标题' }
const paragraphs = ['第一段。', '第二段。']

describe('imported snapshot', () => {
  it('should read a stored snapshot as the field values it was written from', () => {
    const stored = { ...fields, paragraphsSha256: paragraphsSha256(paragraphs) }
    expect(readSnapshot(JSON.parse(JSON.stringify(stored)))).toEqual(fieldValuesOf(stored))
  })

  it('should read a snapshot that holds the paragraphs themselves as their digest', () => {
    expect(readSnapshot({ ...fields, paragraphs })).toEqual({
      ...fields,
      paragraphs: paragraphsSha256(paragraphs),
    })
  })

  it('should tell paragraphs apart however their text is split', () => {
    expect(paragraphsSha256(['第一段。第二段。'])).not.toBe(paragraphsSha256(paragraphs))
    expect(paragraphsSha256(['第一段', '。第二段。'])).not.toBe(paragraphsSha256(paragraphs))
  })

  it('should read no snapshot as none', () => {
    expect(readSnapshot(null)).toBeNull()
    expect(readSnapshot(undefined)).toBeNull()
  })
})
