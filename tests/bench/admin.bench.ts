import type { Page } from 'playwright-core'

import { spawn } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { findFreePort } from '../../src/db/findFreePort'
import { startEmbeddedPostgres } from '../../src/db/startEmbeddedPostgres'
import { launchBrowser, openPage } from '../browser/helpers/launchBrowser'
import { logIn } from '../browser/helpers/logIn'
import { buildProductionApp } from '../helpers/buildProductionApp'
import { createTestDatabase } from '../int/helpers/createTestDatabase'
import { multiplyArticles } from './multiplyArticles'

/**
 * `npm run bench:admin`: how long the article list and an article's edit view take to render in
 * headless Chromium, from navigation to the rows (list) or the editor and its source lines (edit
 * view) on screen; median of BENCH_LOADS loads (default 7) after one warm-up, first with the
 * seed's few dozen articles (the baseline) and then with BENCH_ARTICLES (default 100,000)
 * synthesized in SQL. Against a production build (`next build` into .next-test-bench, then
 * `next start`), or `next dev` with BENCH_ADMIN_MODE=dev. Target: ≤ 1.5 s each.
 */
const targetArticles = Number(process.env.BENCH_ARTICLES ?? 100_000)
const loads = Number(process.env.BENCH_LOADS ?? 7)
const mode = process.env.BENCH_ADMIN_MODE === 'dev' ? 'dev' : 'production'
const targetMs = 1500
const distDir = '.next-test-bench'
const adminPassword = 'bench-admin-password'

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Milliseconds from navigation to `selector` visible (every selector, in order). */
const timeNavigation = async (page: Page, url: string, selectors: string[]): Promise<number> => {
  const started = performance.now()
  await page.goto(url, { waitUntil: 'commit' })
  for (const selector of selectors) await page.locator(selector).first().waitFor()
  return performance.now() - started
}

const measure = async (page: Page, url: string, selectors: string[]): Promise<number> => {
  await timeNavigation(page, url, selectors)
  const times: number[] = []
  for (let load = 0; load < loads; load++) times.push(await timeNavigation(page, url, selectors))
  return median(times)
}

const listSelectors = ['.table tbody tr']
const editSelectors = ['[data-lexical-editor]', '.bulletin-source__line']

const parent = await mkdtemp(path.join(tmpdir(), 'bulletin-bench-admin-'))
await chmod(parent, 0o755)
const database = await startEmbeddedPostgres({
  dataDir: path.join(parent, 'cluster'),
  databaseName: 'postgres',
  isEphemeral: true,
})
const databaseUrl = (await createTestDatabase({ prefix: 'bench_', serverUrl: database.url })).url
const port = await findFreePort()
const env = {
  ...process.env,
  ADMIN_PASSWORD: adminPassword,
  DATABASE_URL: databaseUrl,
  NEXT_DIST_DIR: distDir,
  PAYLOAD_SECRET: 'bench-admin-secret',
  PORT: String(port),
}
let stopApp = (): Promise<void> => Promise.resolve()

try {
  if (mode === 'production') {
    console.log(`building the admin (next build into ${distDir})…`)
    await buildProductionApp({ distDir, env: process.env })
  }
  const app = spawn(
    path.resolve('node_modules/.bin/tsx'),
    [mode === 'production' ? 'src/bin/start.ts' : 'src/bin/dev.ts'],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  app.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  app.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  stopApp = async () => {
    if (app.exitCode !== null) return
    const exited = new Promise((resolve) => app.once('exit', resolve))
    app.kill('SIGINT')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
    if (app.exitCode === null) app.kill('SIGKILL')
  }
  const deadline = Date.now() + 300_000
  while (!/Ready in|ready started|Local:/u.test(output)) {
    if (app.exitCode !== null || Date.now() > deadline) {
      throw new Error(`the app did not start:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const baseUrl = `http://127.0.0.1:${port}`
  const browser = await launchBrowser()
  try {
    const page = await openPage(browser)
    await logIn({ baseUrl, email: 'admin@example.com', page, password: adminPassword })
    const client = await new pg.Pool({ connectionString: databaseUrl }).connect()
    const { rows } = await client.query<{ id: number }>(
      'select id from articles order by id limit 1',
    )
    const articleId = rows[0]?.id
    const listUrl = `${baseUrl}/admin/collections/articles`
    const editUrl = `${baseUrl}/admin/collections/articles/${articleId}`
    const seedCount = await client.query<{ count: string }>('select count(*) from articles')
    const baseline = {
      edit: await measure(page, editUrl, editSelectors),
      list: await measure(page, listUrl, listSelectors),
    }
    const started = performance.now()
    const counts = await multiplyArticles({ client, target: targetArticles })
    // Vacuumed as a long-loaded archive is, so no autovacuum of the new rows runs meanwhile.
    await client.query('vacuum analyze')
    console.log(
      `synthesized ${counts.articles.toLocaleString('en')} articles in ${counts.issues.toLocaleString('en')} issues in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
    client.release()
    const loaded = {
      edit: await measure(page, editUrl, editSelectors),
      list: await measure(page, listUrl, listSelectors),
    }
    const report = (name: string, baselineMs: number, loadedMs: number) =>
      `${name.padEnd(24)} ${loadedMs.toFixed(0).padStart(6)} ms with ${counts.articles.toLocaleString('en')} articles (${baselineMs.toFixed(0)} ms with ${seedCount.rows[0]?.count} articles, ×${(loadedMs / baselineMs).toFixed(2)})  target ≤ ${targetMs} ms: ${loadedMs <= targetMs ? 'PASS' : 'FAIL'}`
    console.log(`\nadmin render times, ${mode} server, median of ${loads} loads in Chromium:`)
    console.log(report('article list', baseline.list, loaded.list))
    console.log(report('article edit view', baseline.edit, loaded.edit))
  } finally {
    await browser.close()
  }
} finally {
  await stopApp()
  await database.stop()
  await rm(parent, { force: true, recursive: true })
}
