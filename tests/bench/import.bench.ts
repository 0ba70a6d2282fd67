import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq, getPayload } from 'payload'

import { parseBulletinText } from '../../importers/bulletin/parseBulletin'
import { importBulletinFiles } from '../../importers/bulletin/persist/importBulletinFiles'
import { toDocuments } from '../../importers/bulletin/persist/toDocuments'
import { appMigrations } from '../../src/db/appMigrations'
import { startEmbeddedPostgres } from '../../src/db/startEmbeddedPostgres'
import { createTestDatabase } from '../int/helpers/createTestDatabase'
import { persistPlanWithLocalApi } from '../int/helpers/reference/persistPlanWithLocalApi'
import { readDescendantsCpuSeconds, readOwnCpuSeconds } from './processCpu'
import { generateSyntheticArchive } from './syntheticArchive'

/**
 * `npm run bench:import`: a synthetic archive of BENCH_ISSUES issues (default 2,600 ≈ 20,000
 * articles) from the seed bulletins' patterns, imported by this importer, re-imported unchanged,
 * and — on the first BENCH_LOOP_ISSUES of the same files (default 150; the loop is slow) — written
 * by a plain loop of payload.create per document. Targets on 2 cores: ≥ 1,000 articles/s,
 * ≥ 5× the loop, re-import ≤ 2 % of the first import's time.
 */
const issueCount = Number(process.env.BENCH_ISSUES ?? 2600)
const loopIssueCount = Math.min(issueCount, Number(process.env.BENCH_LOOP_ISSUES ?? 150))

const archive = await generateSyntheticArchive({
  issueCount,
  seedDir: path.resolve('seed/bulletins'),
})
const sources = archive.map(({ fileName, text }) => {
  const bytes = Buffer.from(text)
  return { fileName, read: () => Promise.resolve(bytes) }
})

const parent = await mkdtemp(path.join(tmpdir(), 'bulletin-bench-'))
await chmod(parent, 0o755)
const server = await startEmbeddedPostgres({
  dataDir: path.join(parent, 'cluster'),
  databaseName: 'postgres',
  isEphemeral: true,
})

const seconds = (since: number) => (performance.now() - since) / 1000
const verdict = (isMet: boolean) => (isMet ? 'PASS' : 'FAIL')

try {
  process.env.DATABASE_URL = (
    await createTestDatabase({ prefix: 'bench_', serverUrl: server.url })
  ).url
  process.env.PAYLOAD_SECRET ??= 'bench'
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: appMigrations })

  const cpuBefore = {
    database: await readDescendantsCpuSeconds(process.pid),
    own: readOwnCpuSeconds(),
  }
  let started = performance.now()
  const outcomes = await importBulletinFiles({ files: sources, payload })
  const oursSeconds = seconds(started)
  const cpu = {
    database: (await readDescendantsCpuSeconds(process.pid)) - cpuBefore.database,
    own: readOwnCpuSeconds() - cpuBefore.own,
  }
  const articles = outcomes.reduce(
    (sum, outcome) => sum + (outcome.status === 'succeeded' ? outcome.counts.articles : 0),
    0,
  )
  const rejected = outcomes.filter((outcome) => outcome.status !== 'succeeded').length

  started = performance.now()
  const again = await importBulletinFiles({ files: sources, payload })
  const reimportSeconds = seconds(started)
  const skipped = again.filter((outcome) => outcome.status === 'skipped').length

  // The loop writes the same documents into the same database, under an office of its own.
  const office = await payload.create({ collection: 'offices', data: { name: '基准街道' } })
  const plans = archive.slice(0, loopIssueCount).map((file) =>
    toDocuments(parseBulletinText(file.text), {
      fallbackPeriod: '2021-01',
      sourceFile: { encoding: 'utf-8', name: file.fileName, sha256: '', size: 0 },
      sourceText: file.text,
    }),
  )
  const req = await createLocalReq({}, payload)
  let loopArticles = 0
  started = performance.now()
  for (const plan of plans) {
    const { counts } = await persistPlanWithLocalApi({
      importRunId: null,
      officeId: office.id,
      payload,
      plan,
      req,
    })
    loopArticles += counts.articles
  }
  const loopSeconds = seconds(started)
  ;(payload.db as unknown as PostgresAdapter).pool.on('error', () => undefined)
  await payload.destroy()

  const oursRate = articles / oursSeconds
  const loopRate = loopArticles / loopSeconds
  const offices = new Set(archive.map((file) => file.office)).size
  console.log(
    `archive: ${issueCount} issues, ${articles} articles, ${offices} offices (seed bulletins with varied numbers, years, people, offices); ${rejected} not imported`,
  )
  console.log(
    `this importer:             ${oursRate.toFixed(0)} articles/s (${oursSeconds.toFixed(1)} s) — target ≥ 1,000: ${verdict(oursRate >= 1000)}`,
  )
  console.log(
    `  CPU per article: importer ${((1000 * cpu.own) / articles).toFixed(2)} ms, PostgreSQL ${((1000 * cpu.database) / articles).toFixed(2)} ms (CPU time: less noisy than the rate, but on a shared machine it too varied by a third between runs of the same code)`,
  )
  console.log(
    `plain payload.create loop: ${loopRate.toFixed(0)} articles/s (${loopArticles} articles of the first ${loopIssueCount} issues in ${loopSeconds.toFixed(1)} s)`,
  )
  console.log(
    `ratio: ${(oursRate / loopRate).toFixed(1)}× the loop — target ≥ 5×: ${verdict(oursRate / loopRate >= 5)}`,
  )
  console.log(
    `re-import unchanged: ${(reimportSeconds * 1000).toFixed(0)} ms for ${skipped} skipped files = ${((100 * reimportSeconds) / oursSeconds).toFixed(2)}% of the first — target ≤ 2%: ${verdict(reimportSeconds / oursSeconds <= 0.02)}`,
  )
} finally {
  await server.stop()
  await rm(parent, { force: true, recursive: true })
}
process.exit(0)
