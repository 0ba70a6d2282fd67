import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseBulletinText } from '../../importers/bulletin/parseBulletin'
import { translateDiagnostic } from '../../src/utilities/translateDiagnostic'

const seedDir = path.resolve('seed/bulletins')

describe('translateDiagnostic', () => {
  it('should show every diagnostic of the seed bulletins in Chinese', () => {
    const messages = readdirSync(seedDir)
      .filter((file) => file.endsWith('.txt'))
      .flatMap(
        (file) => parseBulletinText(readFileSync(path.join(seedDir, file), 'utf8')).diagnostics,
      )
      .map((diagnostic) => translateDiagnostic(diagnostic.message, 'zh'))
    expect(messages.filter((message) => !/\p{Script=Han}/u.test(message))).toEqual([])
  })

  it('should keep the names a message quotes', () => {
    expect(translateDiagnostic('Caption “活动现场” has no article', 'zh')).toBe(
      '图片说明“活动现场”没有对应的文章',
    )
  })

  it('should show the Chinese part of a bilingual message, and English messages in English', () => {
    const bilingual = '原文无标题，标题取自正文开头 (untitled in print)'
    expect([
      translateDiagnostic(bilingual, 'zh'),
      translateDiagnostic('Untitled story', 'en'),
    ]).toEqual(['原文无标题，标题取自正文开头', 'Untitled story'])
  })
})
