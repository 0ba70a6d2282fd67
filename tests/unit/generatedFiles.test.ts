import { randomBytes } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { afterAll, describe, expect, it } from 'vitest'

import configPromise from '../../src/payload.config'

const adminDir = path.resolve('src/app/(payload)/admin')
const scratch = `${randomBytes(4).toString('hex')}`
const freshTypesFile = path.join(tmpdir(), `payload-types-${scratch}.ts`)
// Beside the committed map, so relative component paths come out the same.
const freshImportMapFile = path.join(adminDir, `importMap.${scratch}.js`)

describe('generated files', () => {
  afterAll(async () => {
    await rm(freshTypesFile, { force: true })
    await rm(freshImportMapFile, { force: true })
  })

  it('should have committed payload-types.ts as `npm run generate` writes it', async () => {
    const config = await configPromise
    await generateTypes(
      { ...config, typescript: { ...config.typescript, outputFile: freshTypesFile } },
      { log: false },
    )
    const [fresh, committed] = await Promise.all([
      readFile(freshTypesFile, 'utf8'),
      readFile(path.resolve('src/payload-types.ts'), 'utf8'),
    ])
    expect(committed, 'src/payload-types.ts is stale: run `npm run generate`').toBe(fresh)
  })

  it('should have committed the admin import map as `npm run generate` writes it', async () => {
    const config = await configPromise
    await generateImportMap(
      {
        ...config,
        admin: {
          ...config.admin,
          importMap: { ...config.admin.importMap, importMapFile: freshImportMapFile },
        },
      },
      { force: true, log: false },
    )
    const [fresh, committed] = await Promise.all([
      readFile(freshImportMapFile, 'utf8'),
      readFile(path.join(adminDir, 'importMap.js'), 'utf8'),
    ])
    expect(committed, 'the admin import map is stale: run `npm run generate`').toBe(fresh)
  })
})
