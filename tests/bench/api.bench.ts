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
 * .next-test-bench; BENCH_SKIP_BUILD=1 reuses it) served by `next start` twice — with the
 * in-process caches and without (API_CACHE_ENTRIES=0) — and autocannon at 32 connections for
 * BENCH_SECONDS each (default 10) against: (a) the issue page as the siteIssue GraphQL query,
 * (b) the article REST read, (c) search, (d) the same issue page from one raw SQL statement
 * behind node:http, (e) the same page asked of stock Payload (an Articles list by issue).
 */
const targetArticles = Number(process.env.BENCH_ARTICLES ?? 100_000)
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = 32
const distDir = '.next-test-bench'
const searchWord = process.env.BENCH_SEARCH_WORD ?? '换届'

type Measured = { name: string; p50: number; p99: number; rps: number; failures: number }

const measure = async (name: string, url: string): Promise<Measured> => {
  // A short warm-up: JIT, pools, and the caches where they are on.
  await autocannon({ connections: 8, duration: 2, url })
  const result = await autocannon({ connections, duration: durationSeconds, url })
  return {
    failures: result.non2xx + result.errors + result.timeouts,
    name,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
  }
}

const issuePageQuery = `query IssuePage($office: String!, $issue: String!) {
  siteIssue(office: $office, issue: $issue) {
    slug title period issueNumber office { name publication }
    articles { slug title kind section excerpt department { slug name } firstPhoto { url caption } }
  }
}`

const stockIssueQuery = (issueId: number) => `{
  Articles(where: { issue: { equals: ${issueId} } }, limit: 100, sort: "position") {
    docs { slug title kind section excerpt department { slug name } photos { url caption } }
  }
}`

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
  // The seed issue with the most articles, and its first article.
  const { rows } = await client.query<{
    article: string
    id: number
    issue: string
    office: string
  }>(`select i.id, i.slug as issue, o.slug as office,
        (select a.slug from articles a where a.issue_id = i.id order by a.position, a.id limit 1) as article
      from issues i join offices o on o.id = i.office_id
      where i.issue_number is null
      order by (select count(*) from articles a where a.issue_id = i.id) desc limit 1`)
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
  const searchUrl = `${uncached.baseUrl}/api/search?q=${encodeURIComponent(searchWord)}&office=${encodeURIComponent(page.office)}`
  const hasSearch = (await fetch(searchUrl)).status !== 404

  const results: Measured[] = []
  results.push(await measure('(d) raw SQL + node:http', `${raw.baseUrl}/`))
  results.push(
    await measure(
      '(e) stock Payload GraphQL',
      graphQLUrl(uncached.baseUrl, stockIssueQuery(page.id)),
    ),
  )
  results.push(
    await measure(
      '(a) siteIssue GraphQL, uncached',
      graphQLUrl(uncached.baseUrl, issuePageQuery, variables),
    ),
  )
  results.push(
    await measure(
      '(a) siteIssue GraphQL, cached',
      graphQLUrl(cached.baseUrl, issuePageQuery, variables),
    ),
  )
  results.push(await measure('(b) article REST, uncached', `${uncached.baseUrl}${articlePath}`))
  results.push(await measure('(b) article REST, cached', `${cached.baseUrl}${articlePath}`))
  if (hasSearch) results.push(await measure(`(c) search "${searchWord}", uncached`, searchUrl))

  const [baseline, stock, uncachedIssue, cachedIssue] = results as [
    Measured,
    Measured,
    Measured,
    Measured,
  ]
  const search = results.find((result) => result.name.startsWith('(c)'))
  console.log(
    `\n${articles.toLocaleString('en')} articles · issue ${page.office}/${page.issue} · ${connections} connections · ${durationSeconds} s each\n`,
  )
  console.log(
    `${'measurement'.padEnd(36)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'÷ (d)'.padStart(9)}${'÷ (e)'.padStart(9)}  failed`,
  )
  for (const result of results) {
    console.log(
      `${result.name.padEnd(36)}${result.rps.toFixed(0).padStart(9)}${String(result.p50).padStart(9)}${String(result.p99).padStart(9)}${(result.rps / baseline.rps).toFixed(2).padStart(9)}${(result.rps / stock.rps).toFixed(1).padStart(9)}  ${result.failures}`,
    )
  }
  if (!hasSearch) console.log('(c) search: not in this build (GET /api/search answered 404)')
  const targets: [string, boolean][] = [
    [
      `uncached (a) ≥ 4× (e): ${(uncachedIssue.rps / stock.rps).toFixed(1)}×`,
      uncachedIssue.rps >= 4 * stock.rps && uncachedIssue.failures === 0,
    ],
    [`uncached (a) p99 ≤ 100 ms: ${uncachedIssue.p99} ms`, uncachedIssue.p99 <= 100],
    [`cached (a) p99 ≤ 10 ms: ${cachedIssue.p99} ms`, cachedIssue.p99 <= 10],
    [
      `cached (a) ≥ 50% of (d)'s requests/s: ${((100 * cachedIssue.rps) / baseline.rps).toFixed(0)}%`,
      cachedIssue.rps >= 0.5 * baseline.rps && cachedIssue.failures === 0,
    ],
  ]
  if (search) targets.push([`search p99 ≤ 30 ms: ${search.p99} ms`, search.p99 <= 30])
  console.log('\ntargets (2 cores):')
  for (const [label, isMet] of targets) console.log(`  ${verdict(isMet)}  ${label}`)
} finally {
  for (const server of servers) await server.stop()
  await database.stop()
  await rm(parent, { force: true, recursive: true })
}
