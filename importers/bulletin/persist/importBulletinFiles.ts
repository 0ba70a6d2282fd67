import type { ImportedIssue } from './findImportedIssues'
import type { DecodedFile, ImportOptions, ImportOutcome } from './importBulletinFile'

import { createHash } from 'node:crypto'

import { buildInsertStatement } from './bulk/buildInsertStatement'
import { readColumnTypes } from './bulk/readColumnTypes'
import { poolDb } from './bulk/transactionDb'
import { findImportedIssues } from './findImportedIssues'
import { decodeFile } from './importBulletinFile'
import { importDecodedBatch } from './importDecodedBatch'
import { mapWithConcurrency } from './mapWithConcurrency'

/** A file to import: its name, and how to read it (when its turn comes). */
export type BulletinSource = { fileName: string; read: () => Promise<Uint8Array> }

/** How many files are read and checked for duplicates at once. */
const chunkSize = 500

/**
 * How many consecutive files are written together, in one transaction and one statement: the
 * fixed cost of a statement and its round trips is shared, while each issue stays whole.
 */
const batchSize = 16

/**
 * How many batches are imported at once: while one is written by PostgreSQL the next is parsed.
 * Outcomes are reported in the files' order.
 */
const concurrency = 2

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

/** Consecutive files in batches of at most batchSize. */
const toBatches = (checked: CheckedFile[]): CheckedFile[][] =>
  Array.from({ length: Math.ceil(checked.length / batchSize) }, (_, index) =>
    checked.slice(index * batchSize, (index + 1) * batchSize),
  )

/** Outcomes of a batch: files already imported are skipped, the others imported together. */
const importCheckedBatch =
  (options: ImportOptions) =>
  async (batch: CheckedFile[]): Promise<ImportOutcome[]> => {
    const newFiles = batch.flatMap(({ file }) => (file ? [file] : []))
    const imported = await importDecodedBatch(newFiles, options)
    let next = 0
    return batch.map(({ known }): ImportOutcome =>
      known
        ? { issueId: known.issue.issueId, status: 'skipped' }
        : (imported[next++] ?? { error: 'not imported', status: 'failed' }),
    )
  }

/**
 * Imports many bulletin files, a batch of consecutive new files in one transaction (see
 * importDecodedBatch), two batches at a time. Files are checked a chunk at a time: those already imported are skipped with two queries
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
      items: toBatches(chunk),
      limit: concurrency,
      map: importCheckedBatch(options),
      onResult: (batchOutcomes, batch) => {
        for (const [index, outcome] of batchOutcomes.entries()) {
          const checked = batch[index]
          const fileName = checked?.known ? checked.known.fileName : (checked?.file.fileName ?? '')
          outcomes.push(outcome)
          onOutcome?.(outcome, fileName, outcomes.length - 1)
        }
      },
    })
  }
  return outcomes
}
