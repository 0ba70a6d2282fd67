import type { ImportedIssue } from './findImportedIssues'
import type { DecodedFile, ImportOptions, ImportOutcome } from './importBulletinFile'

import { createHash } from 'node:crypto'

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

type KnownFile = { fileName: string; issue: ImportedIssue; sha256: string }

/** A file of the chunk: already imported, or decoded and to be imported. */
type CheckedFile = { file: DecodedFile; known?: undefined } | { file?: undefined; known: KnownFile }

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** The runs of files skipped as already imported, written in one statement. */
const recordSkippedRuns = async ({
  known,
  options,
}: {
  known: KnownFile[]
  options: ImportOptions
}): Promise<void> => {
  if (known.length === 0 || options.isDryRun) return
  const db = poolDb(options.payload)
  const now = new Date().toISOString()
  const records = known.map(({ fileName, issue, sha256 }) => ({
    created_at: now,
    file_name: fileName,
    finished_at: now,
    issue_id: issue.issueId,
    office_id: issue.officeId,
    sha256,
    source: options.source ?? 'cli',
    started_at: now,
    status: 'skipped',
    updated_at: now,
  }))
  const columnTypes = await readColumnTypes(db, options.payload.db)
  await db.execute(buildInsertStatement({ records, table: 'import_runs' }, columnTypes).statement)
}

/**
 * Reads a chunk of files and sorts out those already imported, with two queries: first by the
 * sha256 of the bytes — a UTF-8 file without a byte order mark decodes to exactly its bytes, so
 * that is its text's sha256 and an unchanged archive is never decoded — then, for the files it
 * did not find, by the sha256 of the decoded text (other encodings, a BOM).
 */
const checkChunk = async ({
  files,
  options,
}: {
  files: BulletinSource[]
  options: ImportOptions
}): Promise<CheckedFile[]> => {
  const db = poolDb(options.payload)
  const read = await Promise.all(
    files.map(async ({ fileName, read: readBytes }) => {
      const bytes = await readBytes()
      return { bytes, bytesSha256: sha256Of(bytes), fileName }
    }),
  )
  const knownBytes = await findImportedIssues({
    db,
    officeSlug: options.officeSlug,
    sha256s: read.map((file) => file.bytesSha256),
  })
  const decoded = new Map(
    read
      .filter((file) => !knownBytes.has(file.bytesSha256))
      .map((file) => [file, decodeFile(file)] as const),
  )
  const knownTexts = await findImportedIssues({
    db,
    officeSlug: options.officeSlug,
    sha256s: [...decoded.values()].flatMap((file) => (file.decoded.ok ? [file.sha256] : [])),
  })
  return read.map((file): CheckedFile => {
    const decodedFile = decoded.get(file)
    const sha256 = decodedFile?.sha256 ?? file.bytesSha256
    const issue = decodedFile ? knownTexts.get(sha256) : knownBytes.get(sha256)
    if (issue) return { known: { fileName: file.fileName, issue, sha256 } }
    if (!decodedFile) throw new Error(`bulk import: ${file.fileName} was neither found nor decoded`)
    return { file: decodedFile }
  })
}

/**
 * Imports many bulletin files, each in its own transaction (see importDecodedFile), a few at a
 * time. Files are checked a chunk at a time: those already imported are skipped with two queries
 * and one insert for the whole chunk, so re-importing an unchanged archive takes a fraction of a
 * second.
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
    const chunk = await checkChunk({ files: files.slice(start, start + chunkSize), options })
    await recordSkippedRuns({
      known: chunk.flatMap(({ known }) => (known ? [known] : [])),
      options,
    })
    await mapWithConcurrency({
      items: chunk,
      limit: concurrency,
      map: (checked): Promise<ImportOutcome> =>
        checked.known
          ? Promise.resolve({ issueId: checked.known.issue.issueId, status: 'skipped' })
          : importDecodedFile(checked.file, options),
      onResult: (outcome, checked) => {
        outcomes.push(outcome)
        const fileName = checked.known ? checked.known.fileName : checked.file.fileName
        onOutcome?.(outcome, fileName, outcomes.length - 1)
      },
    })
  }
  return outcomes
}
