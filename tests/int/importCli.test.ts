import iconv from 'iconv-lite'
import { spawnSync } from 'node:child_process'
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createTestDatabase } from './helpers/createTestDatabase'

let databaseUrl: string
let folder: string
const seedDir = path.resolve('seed/bulletins')

/** `npm run import -- ARGS` as a user runs it, on this file's own database. */
const runImport = (args: string[]) => {
  const result = spawnSync(
    path.resolve('node_modules/.bin/tsx'),
    ['importers/bulletin/importCli.ts', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'cli-test' },
    },
  )
  const lines = result.stdout.split('\n').filter((line) => line.trim() !== '')
  return { lines, status: result.status, summary: lines.at(-1) ?? '' }
}

const count = async (table: string): Promise<number> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>(`select count(*) from ${table}`)
    return Number(rows[0]?.count)
  } finally {
    await client.end()
  }
}

/**
 * The import command end to end on a new, empty database: it applies the migrations itself,
 * imports a folder, skips what it already has (a GB18030 file too), refuses bad files with the
 * reason and a non-zero exit, and writes nothing on a dry run.
 */
describe('npm run import', () => {
  beforeAll(async () => {
    databaseUrl = (
      await createTestDatabase({
        prefix: inject('testDatabasePrefix'),
        serverUrl: inject('databaseServerUrl'),
      })
    ).url
    folder = await mkdtemp(path.join(tmpdir(), 'bulletin-cli-'))
    const seeds = (await readdir(seedDir)).filter((file) => file.endsWith('.txt')).sort()
    for (const file of seeds.slice(0, 4))
      await copyFile(path.join(seedDir, file), path.join(folder, file))
    // The fifth bulletin as an older office PC would have saved it.
    const fifth = seeds[4] ?? ''
    await writeFile(
      path.join(folder, fifth.replace('.txt', '.gb18030.txt')),
      iconv.encode(await readFile(path.join(seedDir, fifth), 'utf8'), 'gb18030'),
    )
  })

  afterAll(async () => {
    await rm(folder, { force: true, recursive: true })
  })

  it('should report a dry run of an empty database and write nothing', async () => {
    const { status, summary } = runImport(['--dry-run', folder])
    expect([status, summary, await count('issues')]).toEqual([
      0,
      expect.stringMatching(
        /^dry run: 5 imported, 0 updated in place, 0 skipped as duplicates, 0 rejected; 39 articles/,
      ),
      0,
    ])
  })

  it('should import a folder, one line per file and a summary', () => {
    const { lines, status, summary } = runImport([folder])
    expect([status, lines.filter((line) => /^\[\d\/5\] /.test(line)).length, summary]).toEqual([
      0,
      5,
      expect.stringMatching(
        /^5 imported, 0 updated in place, 0 skipped as duplicates, 0 rejected; 39 articles/,
      ),
    ])
  })

  it('should skip every file on a second run, the GB18030 one too, adding only their runs', async () => {
    const issuesBefore = await count('issues')
    const runsBefore = await count('import_runs')
    const { status, summary } = runImport([folder])
    expect([status, summary, await count('issues'), await count('import_runs')]).toEqual([
      0,
      expect.stringMatching(/^0 imported, 0 updated in place, 5 skipped as duplicates, 0 rejected/),
      issuesBefore,
      runsBefore + 5,
    ])
  })

  it('should refuse a file that is not bulletin text with its reason, and exit non-zero', async () => {
    const scan = path.join(folder, 'scan.txt')
    await writeFile(scan, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]))
    const { lines, status, summary } = runImport([scan])
    await rm(scan)
    expect([status, lines.find((line) => line.includes('scan.txt')), summary]).toEqual([
      1,
      expect.stringContaining('rejected: the file is a PNG image, not bulletin text'),
      expect.stringMatching(/^0 imported, 0 updated in place, 0 skipped as duplicates, 1 rejected/),
    ])
  })
})
