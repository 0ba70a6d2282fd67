import { spawn, spawnSync } from 'node:child_process'
import { isDeepStrictEqual } from 'node:util'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../../src/db/startEmbeddedPostgres'
import { generateSyntheticArchive } from '../bench/syntheticArchive'
import { createTestDatabase } from '../int/helpers/createTestDatabase'
import { canonicalDump } from './canonicalDump'

/**
 * `npm run test:crash`: kills `npm run import` of an archive (the seed bulletins and CRASH_ISSUES
 * synthetic ones, default 150) with SIGKILL at a random moment after its first file is written,
 * runs it again to completion, and checks each trial ends with exactly the content of an
 * uninterrupted import — no partial issue, no orphan person or photo. TRIALS (default 20) sets
 * the number of trials.
 */
const trials = Number(process.env.TRIALS ?? 20)
const syntheticIssues = Number(process.env.CRASH_ISSUES ?? 150)
const tsx = path.resolve('node_modules/.bin/tsx')

const parent = await mkdtemp(path.join(tmpdir(), 'bulletin-crash-'))
await chmod(parent, 0o755)
const archiveDir = path.join(parent, 'archive')
await mkdir(archiveDir)
for (const file of await generateSyntheticArchive({
  issueCount: syntheticIssues,
  seedDir: path.resolve('seed/bulletins'),
}))
  await writeFile(path.join(archiveDir, file.fileName), file.text)
const importArgs = ['importers/bulletin/importCli.ts', 'seed/bulletins', archiveDir]
const fileCount = syntheticIssues + 5

const runImport = (databaseUrl: string) =>
  spawnSync(tsx, importArgs, {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'crash-test' },
  })

/**
 * Starts an import and kills it with SIGKILL `afterMs` after its first file is reported (or lets
 * it finish first); returns how many files it had reported by then.
 */
const killImportAfter = (databaseUrl: string, afterMs: number) =>
  new Promise<{ filesDone: number; wasKilled: boolean }>((resolve) => {
    const child = spawn(tsx, importArgs, {
      env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'crash-test' },
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    let output = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (timer === undefined && output.includes(`[1/${fileCount}]`))
        timer = setTimeout(() => child.kill('SIGKILL'), afterMs)
    })
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      resolve({
        filesDone: output.match(/^\[\d+\//gm)?.length ?? 0,
        wasKilled: signal === 'SIGKILL',
      })
    })
  })

const server = await startEmbeddedPostgres({
  dataDir: path.join(parent, 'cluster'),
  databaseName: 'postgres',
  isEphemeral: true,
})
let failures = 0
let killedMidImport = 0
try {
  const referenceUrl = (await createTestDatabase({ prefix: 'reference_', serverUrl: server.url }))
    .url
  const reference = runImport(referenceUrl)
  if (reference.status !== 0)
    throw new Error(`the uninterrupted import failed: ${reference.stderr}`)
  const expected = await canonicalDump(referenceUrl)
  const integrityProblems =
    expected.issuesWithoutArticles.length +
    expected.orphanPeople.length +
    expected.orphanPhotos.length
  if (integrityProblems > 0)
    throw new Error('the uninterrupted import left partial issues or orphans')
  for (let trial = 1; trial <= trials; trial++) {
    const { url } = await createTestDatabase({ prefix: `trial_${trial}_`, serverUrl: server.url })
    const afterMs = Math.floor(Math.random() * 1_500)
    const { filesDone, wasKilled } = await killImportAfter(url, afterMs)
    if (wasKilled && filesDone < fileCount) killedMidImport++
    const resumed = runImport(url)
    const actual = await canonicalDump(url)
    const isSame = resumed.status === 0 && isDeepStrictEqual(actual, expected)
    if (!isSame) failures++
    console.log(
      `trial ${trial}: killed ${afterMs} ms into the import, after ${filesDone} of ${fileCount} files${wasKilled ? '' : ' (had finished)'}: ${isSame ? 'same content' : 'DIFFERENT'}`,
    )
  }
  console.log(
    `crash test: ${trials - failures} passed, ${failures} failed; ${killedMidImport} of ${trials} kills landed mid-import`,
  )
  console.log(
    `reference: ${expected.issues.length} issues, ${expected.articles.length} articles, ${expected.people.length} people, ${expected.photos.length} photos; partial issues ${expected.issuesWithoutArticles.length}, orphan people ${expected.orphanPeople.length}, orphan photos ${expected.orphanPhotos.length}`,
  )
} finally {
  await server.stop()
  await rm(parent, { force: true, recursive: true })
}
process.exit(failures > 0 ? 1 : 0)
