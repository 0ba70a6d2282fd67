import { spawn, spawnSync } from 'node:child_process'
import { isDeepStrictEqual } from 'node:util'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../../src/db/startEmbeddedPostgres'
import { createTestDatabase } from '../int/helpers/createTestDatabase'
import { canonicalDump } from './canonicalDump'

/**
 * `npm run test:crash`: kills `npm run import` with SIGKILL at random moments, runs it again to
 * completion, and checks each trial ends with exactly the content of an uninterrupted import —
 * no partial issue, no orphan person or photo. TRIALS (default 20) sets the number of trials.
 */
const trials = Number(process.env.TRIALS ?? 20)
const tsx = path.resolve('node_modules/.bin/tsx')
const importArgs = ['importers/bulletin/importCli.ts', 'seed/bulletins']

const runImport = (databaseUrl: string) =>
  spawnSync(tsx, importArgs, {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'crash-test' },
  })

/** Starts an import and kills it with SIGKILL after `afterMs`, or lets it finish first. */
const killImportAfter = (databaseUrl: string, afterMs: number) =>
  new Promise<boolean>((resolve) => {
    const child = spawn(tsx, importArgs, {
      env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'crash-test' },
      stdio: 'ignore',
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs)
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      resolve(signal === 'SIGKILL')
    })
  })

const parent = await mkdtemp(path.join(tmpdir(), 'bulletin-crash-'))
await chmod(parent, 0o755)
const server = await startEmbeddedPostgres({
  dataDir: path.join(parent, 'cluster'),
  databaseName: 'postgres',
  isEphemeral: true,
})
let failures = 0
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
    // Startup takes a few seconds; the kill lands anywhere from before the first write to the end.
    const afterMs = 2_500 + Math.floor(Math.random() * 4_500)
    const wasKilled = await killImportAfter(url, afterMs)
    const resumed = runImport(url)
    const actual = await canonicalDump(url)
    const isSame = resumed.status === 0 && isDeepStrictEqual(actual, expected)
    if (!isSame) failures++
    console.log(
      `trial ${trial}: killed after ${afterMs} ms${wasKilled ? '' : ' (had finished)'}: ${isSame ? 'same content' : 'DIFFERENT'}`,
    )
  }
  console.log(`crash test: ${trials - failures} passed, ${failures} failed`)
  console.log(
    `reference: ${expected.issues.length} issues, ${expected.articles.length} articles, ${expected.people.length} people, ${expected.photos.length} photos; partial issues ${expected.issuesWithoutArticles.length}, orphan people ${expected.orphanPeople.length}, orphan photos ${expected.orphanPhotos.length}`,
  )
} finally {
  await server.stop()
  await rm(parent, { force: true, recursive: true })
}
process.exit(failures > 0 ? 1 : 0)
