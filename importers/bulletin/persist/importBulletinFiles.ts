import type { ImportedIssue } from './findImportedIssues'
import type { DecodedFile, ImportOptions, ImportOutcome } from './importBulletinFile'

import { buildInsertStatement } from './bulk/buildInsertStatement'
import { readColumnTypes } from './bulk/readColumnTypes'
import { poolDb } from './bulk/transactionDb'
import { findImportedIssues } from './findImportedIssues'
import { decodeFile, importDecodedFile } from './importBulletinFile'
import { mapWithConcurrency } from './mapWithConcurrency'

/** A file to import: its name, and how to read it (when its turn comes). */
export type BulletinSource = { fileName: string; read: () => Promise<Uint8Array> }

/** How many files are read and checked for duplicates at once. */
const chunkSize = 500

/**
 * How many files are imported at once, each in its own transaction: while one is written by
 * PostgreSQL the next is parsed. Files of one office still commit one after another (the office
 * lock), and outcomes are reported in the files' order.
 */
const concurrency = 3

/** The runs of files skipped as already imported, written in one statement. */
const recordSkippedRuns = async ({
  known,
  options,
}: {
  known: { file: DecodedFile; issue: ImportedIssue }[]
  options: ImportOptions
}): Promise<void> => {
  if (known.length === 0 || options.isDryRun) return
  const db = poolDb(options.payload)
  const now = new Date().toISOString()
  const records = known.map(({ file, issue }) => ({
    created_at: now,
    file_name: file.fileName,
    finished_at: now,
    issue_id: issue.issueId,
    office_id: issue.officeId,
    sha256: file.sha256,
    source: options.source ?? 'cli',
    started_at: now,
    status: 'skipped',
    updated_at: now,
  }))
  const columnTypes = await readColumnTypes(db, options.payload.db)
  await db.execute(buildInsertStatement({ records, table: 'import_runs' }, columnTypes).statement)
}

/**
 * Imports many bulletin files, each in its own transaction (see importDecodedFile), a few at a
 * time. Files are
 * hashed a chunk at a time and those already imported are skipped with one query and one insert
 * for the whole chunk, so re-importing an unchanged archive takes a fraction of a second.
 */
export const importBulletinFiles = async ({
  files,
  onOutcome,
  ...options
}: ImportOptions & {
  files: BulletinSource[]
  /** Called after each file, in order, e.g. to draw progress. */
  onOutcome?: (outcome: ImportOutcome, fileName: string, index: number) => void
}): Promise<ImportOutcome[]> => {
  const outcomes: ImportOutcome[] = []
  for (let start = 0; start < files.length; start += chunkSize) {
    const chunk = await Promise.all(
      files
        .slice(start, start + chunkSize)
        .map(async ({ fileName, read }) => decodeFile({ bytes: await read(), fileName })),
    )
    const imported = await findImportedIssues({
      db: poolDb(options.payload),
      officeSlug: options.officeSlug,
      sha256s: chunk.flatMap((file) => (file.decoded.ok ? [file.sha256] : [])),
    })
    await recordSkippedRuns({
      known: chunk.flatMap((file) => {
        const issue = imported.get(file.sha256)
        return issue ? [{ file, issue }] : []
      }),
      options,
    })
    await mapWithConcurrency({
      items: chunk,
      limit: concurrency,
      map: (file): Promise<ImportOutcome> => {
        const issue = imported.get(file.sha256)
        return issue
          ? Promise.resolve({ issueId: issue.issueId, status: 'skipped' })
          : importDecodedFile(file, options)
      },
      onResult: (outcome, file) => {
        outcomes.push(outcome)
        onOutcome?.(outcome, file.fileName, outcomes.length - 1)
      },
    })
  }
  return outcomes
}
