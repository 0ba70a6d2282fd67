import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'

import { appMigrations } from '../../src/db/appMigrations'
import { resolveDatabase } from '../../src/db/resolveDatabase'
import { StartupError } from '../../src/db/startupError'
import type { ImportOutcome } from './persist/importBulletinFile'
import { importBulletinFiles } from './persist/importBulletinFiles'
import { listBulletinFiles } from './persist/listBulletinFiles'
import { rollbackImportRun } from './persist/rollbackImportRun'

const usage =
  'usage: npm run import -- [--office SLUG] [--dry-run] FILES_OR_FOLDERS | --rollback RUN_ID'

type Totals = {
  articles: number
  failed: number
  imported: number
  people: number
  photos: number
  skipped: number
  updated: number
}

const describeOutcome = (outcome: ImportOutcome): string => {
  switch (outcome.status) {
    case 'succeeded':
    case 'dry-run':
      return `${outcome.status === 'dry-run' ? 'would import' : 'imported'} ${outcome.counts.articles} articles, ${outcome.counts.people} new people, ${outcome.counts.photos} photos${outcome.officeCreated ? `; new office ${outcome.officeCreated}` : ''}`
    case 'updated':
      return `updated issue ${outcome.issueId} in place: ${outcome.changedArticles} articles changed, ${outcome.keptEdits.length} staff edits kept`
    case 'skipped':
      return `skipped: already imported as issue ${outcome.issueId}`
    case 'failed':
      return `rejected: ${outcome.error}`
  }
}

const addToTotals = (totals: Totals, outcome: ImportOutcome): void => {
  if (outcome.status === 'failed') totals.failed++
  if (outcome.status === 'skipped') totals.skipped++
  if (outcome.status === 'updated') totals.updated++
  if (outcome.status === 'succeeded' || outcome.status === 'dry-run') {
    totals.imported++
    totals.articles += outcome.counts.articles
    totals.people += outcome.counts.people
    totals.photos += outcome.counts.photos
  }
}

const barWidth = 24

/** On a terminal, a progress bar on one line; elsewhere (logs, CI) nothing but the plain lines. */
const drawProgress = ({ done, file, total }: { done: number; file: string; total: number }) => {
  if (!process.stdout.isTTY) return
  const filled = Math.round((barWidth * done) / Math.max(1, total))
  const bar = `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}`
  process.stdout.write(
    `\r${bar} ${done}/${total} ${path.basename(file)}`.slice(0, process.stdout.columns - 1),
  )
}

const clearProgress = () => {
  if (process.stdout.isTTY) process.stdout.write('\r\x1b[K')
}

/** `npm run import`: bulletin files into the CMS, one transaction each, with a summary. */
const main = async (): Promise<number> => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      office: { type: 'string' },
      rollback: { type: 'string' },
    },
  })
  if (positionals.length === 0 && !values.rollback) {
    console.error(usage)
    return 2
  }
  const files = await listBulletinFiles(positionals)
  const database = await resolveDatabase()
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET ??= 'import-cli'
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  const totals: Totals = {
    articles: 0,
    failed: 0,
    imported: 0,
    people: 0,
    photos: 0,
    skipped: 0,
    updated: 0,
  }
  try {
    await payload.db.migrate({ migrations: appMigrations })
    if (values.rollback) {
      const outcome = await rollbackImportRun({ payload, runId: Number(values.rollback) })
      console.log(
        `rolled back run ${values.rollback}: issue ${outcome.issue}, ${outcome.articles} articles, ${outcome.photos} photos, ${outcome.people} people, ${outcome.departments} departments${outcome.office ? `, office ${outcome.office}` : ''} removed`,
      )
      return 0
    }
    await importBulletinFiles({
      files: files.map((file) => ({ fileName: path.basename(file), read: () => readFile(file) })),
      isDryRun: values['dry-run'] ?? false,
      officeSlug: values.office,
      onOutcome: (outcome, _fileName, index) => {
        const file = files[index] ?? ''
        addToTotals(totals, outcome)
        clearProgress()
        console.log(`[${index + 1}/${files.length}] ${file}: ${describeOutcome(outcome)}`)
        drawProgress({ done: index + 1, file, total: files.length })
      },
      payload,
    })
    clearProgress()
  } finally {
    // Payload leaves its pool open; its idle clients must not crash us when the server stops.
    ;(payload.db as unknown as PostgresAdapter).pool.on('error', () => undefined)
    await payload.destroy()
    await database.stop()
  }
  console.log(
    `${values['dry-run'] ? 'dry run: ' : ''}${totals.imported} imported, ${totals.updated} updated in place, ${totals.skipped} skipped as duplicates, ${totals.failed} rejected; ${totals.articles} articles, ${totals.people} new people, ${totals.photos} photos`,
  )
  return totals.failed > 0 ? 1 : 0
}

try {
  process.exitCode = await main()
} catch (error) {
  console.error(
    error instanceof StartupError
      ? error.message
      : `import failed: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exitCode = 1
}
process.exit()
