import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { findAccessViolations } from '../helpers/findAccessViolations'

/** Where the project's own code lives; tests, generated types and migrations are not it. */
const scannedFolders = ['src', 'collections', 'importers', 'seed']
const skipped = /(^|\/)(migrations|payload-types\.ts)(\/|$)/
/** Code that serves a request: every Local API call there acts for the requesting user. */
const requestHandlers = /^src\/endpoints\//

const listSourceFiles = async (folder: string): Promise<string[]> => {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)))
    .filter((file) => !skipped.test(file))
}

describe('Local API calls on behalf of a user', () => {
  it('should pass the user with overrideAccess: false everywhere in the project', async () => {
    const files = (await Promise.all(scannedFolders.map(listSourceFiles))).flat()
    const violations = await Promise.all(
      files.map(async (fileName) =>
        findAccessViolations({
          fileName,
          isRequestHandler: requestHandlers.test(fileName),
          text: await readFile(fileName, 'utf8'),
        }).map(
          (violation) => `${fileName}:${violation.line} ${violation.message}: ${violation.text}`,
        ),
      ),
    )
    expect([files.length > 50, violations.flat()]).toEqual([true, []])
  })

  it.each([
    ['a user without overrideAccess', 'await payload.find({ collection: "issues", user })', false],
    [
      'a user with overrideAccess: true',
      'await req.payload.count({ collection: "issues", overrideAccess: true, user: req.user })',
      false,
    ],
    [
      'a user spread in without overrideAccess',
      'const access = { user }\nawait payload.delete({ ...access, collection: "issues", id })',
      false,
    ],
    [
      'a user with overrideAccess: false',
      'await req.payload.find({ collection: "issues", overrideAccess: false, user: req.user })',
      true,
    ],
    [
      'a spread of both',
      'const access = { overrideAccess: !user, user }\nawait payload.update({ ...access, collection: "issues", id, data })',
      true,
    ],
    ['a system call without a user', 'await payload.find({ collection: "issues", req })', true],
  ])('should judge %s', (_, text, isAllowed) => {
    const violations = findAccessViolations({
      fileName: 'sample.ts',
      isRequestHandler: false,
      text,
    })
    expect(violations.length === 0).toBe(isAllowed)
  })

  it('should require the user in a request handler', () => {
    const text =
      'export const handler = async (req) => req.payload.find({ collection: "issues", req })'
    expect(
      findAccessViolations({ fileName: 'endpoint.ts', isRequestHandler: true, text }),
    ).toHaveLength(1)
  })
})
