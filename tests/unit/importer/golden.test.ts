import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseBulletin } from '../../../importers/bulletin/parseBulletin'
import { readOrUpdateFixture } from '../../helpers/readOrUpdateFixture'

const bulletinDir = path.resolve('seed/bulletins')
const fixtureDir = path.resolve('tests/fixtures/bulletin')
const bulletins = readdirSync(bulletinDir).filter((file) => file.endsWith('.txt'))

describe('golden fixtures (UPDATE=1 rewrites them)', () => {
  it.each(bulletins)('should parse %s as its fixture records', async (file) => {
    const result = parseBulletin(await readFile(path.join(bulletinDir, file)))
    const expected = await readOrUpdateFixture(path.join(fixtureDir, `${file}.json`), result)
    expect(result).toEqual(expected)
  })
})
