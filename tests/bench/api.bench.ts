import type { PostgresAdapter } from '@payloadcms/db-postgres'

import autocannon from 'autocannon'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { getPayload } from 'payload'

import { prepareDatabase } from '../../seed/prepareDatabase'
import { findFreePort } from '../../src/db/findFreePort'
import { startEmbeddedPostgres } from '../../src/db/startEmbeddedPostgres'
import { defaultSlugs } from '../../src/constants'
import { rebuildSearchIndex } from '../../src/search/indexArticles'
import { resolveSearchTables } from '../../src/search/searchTables'
import { poolDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import { issueSql } from '../../src/site/siteSql'
import { toSiteTables } from '../../src/site/siteTables'
import { sanitizePluginOptions } from '../../src/utilities/sanitizePluginOptions'
import { createTestDatabase } from '../int/helpers/createTestDatabase'
import { multiplyArchive } from './multiplyArchive'
import type { RunningServer } from './startNextServer'
import { startNextServer, startServer } from './startNextServer'

/**
 * `npm run bench:api`: the seed bulletins imported and multiplied in SQL to BENCH_ARTICLES
 * published articles (default 100,000), a production build (`next build` into
 * .next-test-bench; BENCH_SKIP_BUILD=1 reuses it) served by the production server (src/bin/serveNext.ts, as `npm start`) twice — with the
 * in-process caches and without (API_CACHE_ENTRIES=0) — and autocannon at 32 connections for
 * BENCH_SECONDS (default 5) in each of BENCH_ROUNDS rounds (default 3; every measurement once
 * per round, so a burst of load elsewhere on the machine hits them all alike; medians are
 * reported) against: (a) the issue page as the siteIssue GraphQL query,
 * (b) the article REST read, (c) search (each of BENCH_SEARCH_WORDS, comma-separated), (d) the same issue page from one raw SQL statement
 * behind node:http, (e) the same page asked of stock Payload the obvious way (the issue's
 * articles from /api/articles at the default depth).
 */
const targetArticles = Number(process.env.BENCH_ARTICLES ?? 100_000)
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 5)
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const connections = 32
const distDir = '.next-test-bench'
/** (c)'s queries, each measured and held to the target: a rarer word, the commonest, two words. */
const searchWords = (process.env.BENCH_SEARCH_WORDS ?? '换届,社区,党建 活动').split(',')

type Measured = { name: string; p50: number; p99: number; rps: number; failures: number }

/**
 * A measurement; a slow one (stock Payload) is timed over a fixed number of requests instead:
 * its 32 requests interleave, so at 100,000 articles none completed within a 20 s run.
 */
type Measurement = { isSlow?: boolean; name: string; url: string }

const slowRequests = connections * 2

/** `a ÷ b` in a column; "n/a" when b measured nothing. */
const ratio = (a: number, b: number, digits: number) =>
  (b > 0 ? (a / b).toFixed(digits) : 'n/a').padStart(9)

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** Every measurement once per round, then each one's medians over the rounds. */
const measureInRounds = async (measurements: Measurement[]): Promise<Measured[]> => {
  // A short warm-up: JIT, pools, and the caches where they are on.
  for (const { isSlow, url } of measurements) {
    if (!isSlow) await autocannon({ connections: 8, duration: 2, url })
  }
  const runs = measurements.map(() => [] as autocannon.Result[])
  for (let round = 0; round < rounds; round++) {
    for (const [index, { isSlow, url }] of measurements.entries()) {
      const length = isSlow ? { amount: slowRequests } : { duration: durationSeconds }
      runs[index]?.push(await autocannon({ connections, timeout: 120, url, ...length }))
    }
  }
  return measurements.map(({ name }, index) => {
    const results = runs[index] ?? []
    return {
      failures: results.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
      name,
      p50: median(results.map((r) => r.latency.p50)),
      p99: median(results.map((r) => r.latency.p99)),
      rps: median(results.map((r) => r.requests.average)),
    }
  })
}

const issuePageQuery = `query IssuePage($office: String!, $issue: String!) {
  siteIssue(office: $office, issue: $issue) {
    slug title period issueNumber office { name publication }
    articles { slug title kind section excerpt department { slug name } firstPhoto { url caption } }
  }
}`

/** Stock Payload over GraphQL: the same fields of the issue's articles (for comparison). */
const stockIssueQuery = (issueId: number) => `{
  Articles(where: { issue: { equals: ${issueId} } }, limit: 100, sort: "position") {
    docs { slug title kind section excerpt department { slug name } photos { url caption } }
  }
}`

/** Stock Payload, the obvious way: the issue's articles over REST at the default depth. */
const stockIssuePath = (issueId: number) =>
  `/api/articles?where[issue][equals]=${issueId}&sort=position&limit=100`

const graphQLUrl = (baseUrl: string, query: string, variables?: object) =>
  `${baseUrl}/api/graphql?query=${encodeURIComponent(query)}${
    variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''
  }`

const parent = await mkdtemp(path.join(tmpdir(), 'bulletin-bench-api-'))
await chmod(parent, 0o755)
const database = await startEmbeddedPostgres({
  dataDir: path.join(parent, 'cluster'),
  databaseName: 'postgres',
  isEphemeral: true,
})
const servers: RunningServer[] = []
const verdict = (isMet: boolean) => (isMet ? 'PASS' : 'FAIL')

try {
  const databaseUrl = (await createTestDatabase({ prefix: 'bench_', serverUrl: database.url })).url
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET ??= 'bench-api'
  process.env.SEED_BULLETINS = 'true'
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  await prepareDatabase(payload)
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  let started = performance.now()
  const articles = await multiplyArchive(client, targetArticles)
  console.log(
    `archive: ${articles.toLocaleString('en')} published articles, made in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  // The copies bypass Payload's hooks: index them for (c), as `npm run search:rebuild` would.
  started = performance.now()
  const { indexed } = await rebuildSearchIndex({
    db: poolDb(payload),
    tables: resolveSearchTables({ payload, slugs: defaultSlugs }),
  })
  await client.query('analyze')
  console.log(
    `search index: ${indexed.toLocaleString('en')} articles, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  // The richest seed issue (credited departments, photos, articles), and its first article.
  const { rows } = await client.query<{
    article: string
    id: number
    issue: string
    office: string
  }>(`select i.id, i.slug as issue, o.slug as office,
        (select a.slug from articles a where a.issue_id = i.id order by a.position, a.id limit 1) as article
      from issues i join offices o on o.id = i.office_id
      where i.issue_number is null
      order by
        (select count(*) from articles a where a.issue_id = i.id and a.department_id is not null)
        + (select count(*) from articles_rels r join articles a on a.id = r.parent_id
           where a.issue_id = i.id and r.path = 'photos') desc,
        (select count(*) from articles a where a.issue_id = i.id) desc
      limit 1`)
  await client.end()
  const page = rows[0]
  if (!page) throw new Error('bench:api: the seed import made no issue')
  const rawQuery = (
    payload.db as unknown as {
      drizzle: {
        dialect: { sqlToQuery: (statement: unknown) => { params: unknown[]; sql: string } }
      }
    } & PostgresAdapter
  ).drizzle.dialect.sqlToQuery(
    issueSql(
      {
        fileRoute: '/api/photos/file/',
        tables: toSiteTables(sanitizePluginOptions({})),
      },
      { issue: page.issue, office: page.office },
    ),
  )
  await payload.destroy()

  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.log(`build: reusing ${distDir}`)
  } else {
    started = performance.now()
    const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
    const build = spawnSync(process.execPath, [nextBin, 'build'], {
      env: { ...process.env, NEXT_DIST_DIR: distDir, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    if (build.status !== 0) throw new Error('bench:api: next build failed')
    console.log(`build: next build in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }

  const env = {
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: distDir,
    NODE_ENV: 'production',
    // One client asks everything here: its per-minute API limit would answer 429.
    RATE_LIMIT_API_PER_MINUTE: '0',
    RUN_JOBS_IN_APP: 'false',
  }
  const readyPath = `/api/site/${page.office}`
  const [cachedPort, uncachedPort, rawPort] = [
    await findFreePort(),
    await findFreePort(),
    await findFreePort(),
  ]
  const cached = await startNextServer(env, cachedPort, readyPath)
  servers.push(cached)
  const uncached = await startNextServer(
    { ...env, API_CACHE_ENTRIES: '0' },
    uncachedPort,
    readyPath,
  )
  servers.push(uncached)
  const raw = await startServer({
    args: [path.resolve('node_modules/tsx/dist/cli.mjs'), 'tests/bench/rawIssueServer.ts'],
    env: {
      BENCH_RAW_SQL: JSON.stringify({ text: rawQuery.sql, values: rawQuery.params }),
      DATABASE_URL: databaseUrl,
    },
    port: rawPort,
    readyPath: '/',
  })
  servers.push(raw)

  const variables = { issue: page.issue, office: page.office }
  const articlePath = `/api/site/${encodeURIComponent(page.office)}/issues/${encodeURIComponent(page.issue)}/articles/${encodeURIComponent(page.article)}`
  const searchUrlOf = (word: string) =>
    `${uncached.baseUrl}/api/search?q=${encodeURIComponent(word)}&office=${encodeURIComponent(page.office)}`
  const hasSearch = (await fetch(searchUrlOf(searchWords[0] ?? '换届'))).status !== 404

  const results = await measureInRounds([
    { name: '(d) raw SQL + node:http', url: `${raw.baseUrl}/` },
    {
      isSlow: true,
      name: '(e) stock Payload REST list',
      url: `${uncached.baseUrl}${stockIssuePath(page.id)}`,
    },
    {
      name: '(e′) stock Payload GraphQL list',
      url: graphQLUrl(uncached.baseUrl, stockIssueQuery(page.id)),
    },
    {
      name: '(a) siteIssue GraphQL, uncached',
      url: graphQLUrl(uncached.baseUrl, issuePageQuery, variables),
    },
    {
      name: '(a) siteIssue GraphQL, cached',
      url: graphQLUrl(cached.baseUrl, issuePageQuery, variables),
    },
    { name: '(b) article REST, uncached', url: `${uncached.baseUrl}${articlePath}` },
    { name: '(b) article REST, cached', url: `${cached.baseUrl}${articlePath}` },
    ...(hasSearch
      ? searchWords.map((word) => ({
          name: `(c) search "${word}", uncached`,
          url: searchUrlOf(word),
        }))
      : []),
  ])

  const [baseline, stock, stockGraphQL, uncachedIssue, cachedIssue] = results as [
    Measured,
    Measured,
    Measured,
    Measured,
    Measured,
  ]
  const searches = results.filter((result) => result.name.startsWith('(c)'))
  console.log(
    `\n${articles.toLocaleString('en')} articles · issue ${page.office}/${page.issue} · ${connections} connections · median of ${rounds} rounds of ${durationSeconds} s\n`,
  )
  console.log(
    `${'measurement'.padEnd(36)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'÷ (d)'.padStart(9)}${'÷ (e)'.padStart(9)}  failed`,
  )
  for (const result of results) {
    console.log(
      `${result.name.padEnd(36)}${result.rps.toFixed(0).padStart(9)}${String(result.p50).padStart(9)}${String(result.p99).padStart(9)}${ratio(result.rps, baseline.rps, 2)}${ratio(result.rps, stock.rps, 1)}  ${result.failures}`,
    )
  }
  if (!hasSearch) console.log('(c) search: not in this build (GET /api/search answered 404)')
  const targets: [string, boolean][] = [
    [
      `uncached (a) ≥ 4× (e): ${ratio(uncachedIssue.rps, stock.rps, 1).trim()}×`,
      stock.rps > 0 && uncachedIssue.rps >= 4 * stock.rps && uncachedIssue.failures === 0,
    ],
    [`uncached (a) p99 ≤ 100 ms: ${uncachedIssue.p99} ms`, uncachedIssue.p99 <= 100],
    [`cached (a) p99 ≤ 10 ms: ${cachedIssue.p99} ms`, cachedIssue.p99 <= 10],
    [
      `cached (a) ≥ 50% of (d)'s requests/s: ${((100 * cachedIssue.rps) / baseline.rps).toFixed(0)}%`,
      cachedIssue.rps >= 0.5 * baseline.rps && cachedIssue.failures === 0,
    ],
  ]
  console.log(
    `(for comparison, not a target: uncached (a) ÷ (e′) stock GraphQL = ${ratio(uncachedIssue.rps, stockGraphQL.rps, 1).trim()}×)`,
  )
  for (const search of searches) {
    targets.push([`${search.name.slice(4)} p99 ≤ 30 ms: ${search.p99} ms`, search.p99 <= 30])
  }
  console.log('\ntargets (2 cores):')
  for (const [label, isMet] of targets) console.log(`  ${verdict(isMet)}  ${label}`)
} finally {
  for (const server of servers) await server.stop()
  await database.stop()
  await rm(parent, { force: true, recursive: true })
}
