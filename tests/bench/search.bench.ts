import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { importBulletinFiles } from '../../importers/bulletin/persist/importBulletinFiles'
import { poolDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import { defaultSlugs } from '../../src/constants'
import { appMigrations } from '../../src/db/appMigrations'
import { startEmbeddedPostgres } from '../../src/db/startEmbeddedPostgres'
import { rebuildSearchIndex } from '../../src/search/indexArticles'
import { parseSearchParams } from '../../src/search/parseSearchParams'
import { searchArticles } from '../../src/search/searchArticles'
import { resolveSearchTables } from '../../src/search/searchTables'
import { createTestDatabase } from '../int/helpers/createTestDatabase'
import { generateSyntheticArchive } from './syntheticArchive'

/**
 * `npm run bench:search`: a synthetic archive of BENCH_ISSUES issues (default 13,000 ≈ 100,000
 * articles), all published and indexed, then searched at BENCH_CONCURRENCY (default 32) for
 * BENCH_REQUESTS searches (default 3,000) over common, rare and split words — the search query
 * itself, without HTTP. The baseline, measured in the same run: a primary-key read of one
 * article row at the same concurrency on the same pool.
 *
 * BENCH_KEEP_DIR=<folder> keeps the cluster there and the archive in it between runs (one
 * database per issue count), so a second run skips the minutes of generating and importing;
 * migrations added since still run on it.
 */
const issueCount = Number(process.env.BENCH_ISSUES ?? 13_000)
const keepDir = process.env.BENCH_KEEP_DIR ? path.resolve(process.env.BENCH_KEEP_DIR) : null
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32)
const requestCount = Number(process.env.BENCH_REQUESTS ?? 3000)
const queries = [
  '换届',
  '垃圾分类',
  '志愿者服务',
  '科学技术协会',
  '安全检查',
  '社区',
  '术协会代',
  '党建 活动',
]

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/** Runs `task` requestCount times with `concurrency` in flight; latencies in ms, sorted. */
const measure = async (task: (index: number) => Promise<unknown>) => {
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requestCount) {
        const index = next++
        const start = performance.now()
        await task(index)
        latencies.push(performance.now() - start)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rate: requestCount / seconds,
  }
}

const format = ({ p50, p99, rate }: { p50: number; p99: number; rate: number }) =>
  `p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, ${rate.toFixed(0)}/s`

const parent = keepDir ?? (await mkdtemp(path.join(tmpdir(), 'bulletin-bench-')))
await mkdir(parent, { recursive: true })
await chmod(parent, 0o755)
const server = await startEmbeddedPostgres({
  dataDir: path.join(parent, 'cluster'),
  databaseName: keepDir ? `bench_search_${issueCount}` : 'postgres',
  isEphemeral: !keepDir,
})

/** A kept archive is reused once it was indexed whole (the rebuild is its last step). */
const isArchiveKept = async (db: ReturnType<typeof poolDb>): Promise<boolean> => {
  if (!keepDir) return false
  const { rows } = await db.execute<{ has_articles: boolean; is_kept: boolean }>(
    sql`select to_regclass('bench_archive_ready') is not null as is_kept,
      exists (select 1 from articles) as has_articles`,
  )
  const [row] = rows
  if (!row?.is_kept && row?.has_articles) {
    throw new Error(`The archive kept in ${keepDir} was left half made; delete the folder.`)
  }
  return row?.is_kept ?? false
}

try {
  process.env.DATABASE_URL = keepDir
    ? server.url
    : (await createTestDatabase({ prefix: 'bench_', serverUrl: server.url })).url
  process.env.PAYLOAD_SECRET ??= 'bench'
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: appMigrations })
  const db = poolDb(payload)
  const tables = resolveSearchTables({ payload, slugs: defaultSlugs })
  const isKept = await isArchiveKept(db)
  let indexed = 0
  let rebuildSeconds = 0
  if (isKept) {
    const { rows } = await db.execute<{ count: string }>(
      sql`select count(*) as count from ${sql.identifier(tables.search)}`,
    )
    indexed = Number(rows[0]?.count ?? 0)
  } else {
    const archive = await generateSyntheticArchive({
      issueCount,
      seedDir: path.resolve('seed/bulletins'),
    })
    await importBulletinFiles({
      files: archive.map(({ fileName, text }) => ({
        fileName,
        read: () => Promise.resolve(Buffer.from(text)),
      })),
      payload,
    })
    // Published in SQL: the bulk load bypasses Payload, as a migration from another system would.
    await db.execute(sql`update articles set _status = 'published'`)
    const started = performance.now()
    ;({ indexed } = await rebuildSearchIndex({ db, tables }))
    rebuildSeconds = (performance.now() - started) / 1000
    if (keepDir) await db.execute(sql`create table bench_archive_ready ()`)
  }
  await db.execute(sql`analyze`)

  const offices = (
    await db.execute<{ slug: string }>(sql`select slug from offices order by id`)
  ).rows.map((row) => row.slug)
  const paramsFor = (index: number) => {
    const parsed = parseSearchParams({
      office: index % 2 === 0 ? offices[index % offices.length] : undefined,
      q: queries[index % queries.length],
    })
    if ('error' in parsed) throw new Error(parsed.error)
    return parsed.params
  }
  const hits = await Promise.all(
    queries.map(async (q) => {
      const results = await searchArticles({
        db,
        params: { ...paramsFor(0), officeSlug: null, q },
        tables,
      })
      return `${q}: ${results?.totalDocs ?? 0}`
    }),
  )
  const { rows } = await db.execute<{ max: number }>(sql`select max(id) as max from articles`)
  const maxId = Number(rows[0]?.max ?? 1)

  const baseline = await measure((index) =>
    db.execute(sql`select id, title from articles where id = ${(index % maxId) + 1}`),
  )
  const search = await measure((index) => searchArticles({ db, params: paramsFor(index), tables }))
  ;(payload.db as unknown as PostgresAdapter).pool.on('error', () => undefined)
  await payload.destroy()

  console.log(
    isKept
      ? `archive: ${issueCount} issues, ${indexed} published articles indexed (kept from an earlier run)`
      : `archive: ${issueCount} issues, ${indexed} published articles indexed in ${rebuildSeconds.toFixed(1)} s (${(indexed / rebuildSeconds).toFixed(0)} articles/s)`,
  )
  console.log(`matches over all offices: ${hits.join(', ')}`)
  console.log(
    `${concurrency} in flight, ${requestCount} requests, half of them filtered to one office:`,
  )
  console.log(`baseline (article by id): ${format(baseline)}`)
  console.log(
    `search (one SQL query):   ${format(search)} — ${(search.p99 / baseline.p99).toFixed(1)}× the baseline's p99`,
  )
} finally {
  await server.stop()
  if (!keepDir) await rm(parent, { force: true, recursive: true })
}
process.exit(0)
