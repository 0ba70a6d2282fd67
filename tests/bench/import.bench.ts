import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { parseBulletinText } from '../../importers/bulletin/parseBulletin'
import { buildArticleBody } from '../../importers/bulletin/persist/buildArticleBody'
import { importBulletinFile } from '../../importers/bulletin/persist/importBulletinFile'
import { toDocuments } from '../../importers/bulletin/persist/toDocuments'
import { appMigrations } from '../../src/db/appMigrations'
import { startEmbeddedPostgres } from '../../src/db/startEmbeddedPostgres'
import { createTestDatabase } from '../int/helpers/createTestDatabase'

/**
 * `npm run bench:import`: a synthetic archive made from the seed bulletins (each issue numbered
 * in a masthead line, BENCH_ISSUES of them, default 2,600 ≈ 20,000 articles) imported by this
 * importer, re-imported unchanged, then written by a plain loop of payload.create per document. Targets: ≥ 1,000 articles/s, ≥ 5× the loop, re-import ≤ 2 %.
 */
const issueCount = Number(process.env.BENCH_ISSUES ?? 2600)
const seedDir = path.resolve('seed/bulletins')
const seeds = await Promise.all(
  (await readdir(seedDir))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFile(path.join(seedDir, file), 'utf8')),
)
const archive = Array.from({ length: issueCount }, (_, index) => ({
  name: `synthetic-${index}.txt`,
  text: `第${index + 1}期 总第${index + 1}期\n\n${seeds[index % seeds.length] ?? ''}`,
}))

const parent = await mkdtemp(path.join(tmpdir(), 'bulletin-bench-'))
await chmod(parent, 0o755)
const server = await startEmbeddedPostgres({
  dataDir: path.join(parent, 'cluster'),
  databaseName: 'postgres',
  isEphemeral: true,
})
const openPayload = async (url: string) => {
  process.env.DATABASE_URL = url
  process.env.PAYLOAD_SECRET ??= 'bench'
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: appMigrations })
  return payload
}

try {
  const ours = await openPayload(
    (await createTestDatabase({ prefix: 'bench_', serverUrl: server.url })).url,
  )
  let articles = 0
  let started = performance.now()
  for (const file of archive) {
    const outcome = await importBulletinFile({
      bytes: Buffer.from(file.text),
      fileName: file.name,
      payload: ours,
    })
    if (outcome.status === 'succeeded') articles += outcome.counts.articles
  }
  const oursSeconds = (performance.now() - started) / 1000
  started = performance.now()
  for (const file of archive)
    await importBulletinFile({ bytes: Buffer.from(file.text), fileName: file.name, payload: ours })
  const reimportSeconds = (performance.now() - started) / 1000
  // The loop writes the same documents into the same database, under an office of its own.
  const plain = ours
  const office = await plain.create({ collection: 'offices', data: { name: '基准街道' } })
  const editorConfig = await editorConfigFactory.default({ config: plain.config })
  started = performance.now()
  for (const file of archive) {
    const plan = toDocuments(parseBulletinText(file.text), {
      fallbackPeriod: '2021-01',
      sourceFile: { encoding: 'utf-8', name: file.name, sha256: '', size: 0 },
    })
    const issue = await plain.create({
      collection: 'issues',
      data: { office: office.id, period: plan.issue.period, issueNumber: plan.issue.issueNumber },
      draft: true,
    })
    for (const article of plan.articles) {
      await plain.create({
        collection: 'articles',
        data: {
          _status: 'draft',
          body: buildArticleBody({
            editorConfig,
            paragraphs: article.paragraphs,
            photos: [],
          }) as never,
          issue: issue.id,
          office: office.id,
          position: article.position,
          title: article.title,
        },
        draft: true,
      })
    }
  }
  const plainSeconds = (performance.now() - started) / 1000
  ;(plain.db as unknown as PostgresAdapter).pool.on('error', () => undefined)
  await plain.destroy()

  const oursRate = articles / oursSeconds
  const plainRate = articles / plainSeconds
  const verdict = (isMet: boolean) => (isMet ? 'PASS' : 'FAIL')
  console.log(`archive: ${issueCount} issues, ${articles} articles (the seed bulletins, numbered)`)
  console.log(
    `this importer:            ${oursRate.toFixed(0)} articles/s (${oursSeconds.toFixed(1)} s) — target ≥ 1,000: ${verdict(oursRate >= 1000)}`,
  )
  console.log(
    `plain payload.create loop: ${plainRate.toFixed(0)} articles/s (${plainSeconds.toFixed(1)} s)`,
  )
  console.log(
    `ratio: ${(oursRate / plainRate).toFixed(2)}× the loop — target ≥ 5×: ${verdict(oursRate / plainRate >= 5)}`,
  )
  console.log(
    `re-import unchanged: ${reimportSeconds.toFixed(1)} s = ${((100 * reimportSeconds) / oursSeconds).toFixed(1)}% of the first — target ≤ 2%: ${verdict(reimportSeconds / oursSeconds <= 0.02)}`,
  )
} finally {
  await server.stop()
  await rm(parent, { force: true, recursive: true })
}
process.exit(0)
