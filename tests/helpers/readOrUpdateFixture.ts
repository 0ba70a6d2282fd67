import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The expected JSON of a golden test. With UPDATE=1 the actual value is written as the new
 * expectation first, so reviewing a parser change is reading the fixture's diff.
 */
export const readOrUpdateFixture = async (file: string, actual: unknown): Promise<unknown> => {
  const shouldUpdate = process.env.UPDATE === '1' || !existsSync(file)
  const serialised = `${JSON.stringify(actual, null, 2)}\n`
  await (shouldUpdate
    ? mkdir(path.dirname(file), { recursive: true }).then(() => writeFile(file, serialised))
    : Promise.resolve())
  return JSON.parse(await readFile(file, 'utf8')) as unknown
}
