import type { ImportedIssue } from './findImportedIssues'
import type { DecodedFile, ImportOptions, ImportOutcome } from './importBulletinFile'

import { createHash } from 'node:crypto'

import { buildInsertStatement } from './bulk/buildInsertStatement'
import { executeWithoutForeignKeyChecks } from './bulk/executeWithoutForeignKeyChecks'
import { readColumnTypes } from './bulk/readColumnTypes'
import { poolDb } from './bulk/transactionDb'
import { findImportedIssues } from './findImportedIssues'
import { decodeFile } from './importBulletinFile'
import type { BatchFile } from './importDecodedBatch'
import { createOfficeBatcher } from './createOfficeBatcher'
import type { PlanPool } from './createPlanPool'
import { createPlanPool } from './createPlanPool'
import { importDecodedBatch, planFile } from './importDecodedBatch'

/** A file to import: its name, and how to read it (when its turn comes). */
export type BulletinSource = { fileName: string; read: () => Promise<Uint8Array> }

/** How many files are read and checked for duplicates at once. */
const chunkSize = 500

/**
 * How many files of one office are written together, in one transaction and one statement: the
 * fixed cost of a statement and its round trips is shared, while each issue stays whole.
 */
const batchSize = 32

/**
 * How many batches (of different offices) are imported at once: PostgreSQL writes two while the
 * next is built. Outcomes are reported in the files' order.
 */
const concurrency = 3

type KnownFile = { fileName: string; issue: ImportedIssue; sha256: string }

/** A file of the chunk: already imported, or decoded and to be imported. */
type CheckedFile = { file: DecodedFile; known?: undefined } | { file?: undefined; known: KnownFile }

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/**
 * The runs of files skipped as already imported, written in one statement, in a transaction of
 * its own: without PostgreSQL's per-row foreign-key checks where the role may skip them (see
 * executeWithoutForeignKeyChecks), which were half of the statement's work.
 */
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
  const table = { records, table: 'import_runs' }
  await db.transaction((transaction) =>
    executeWithoutForeignKeyChecks({
      db: transaction,
      schemaKey: options.payload.db,
      statement: buildInsertStatement(table, columnTypes).statement,
      tables: [table],
      writtenTables: [table.table],
    }),
  )
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

/** Batches group files by office: the one named for all (--office), else the parsed one. */
const officeKeyOf = ({ planned }: BatchFile, officeSlug?: string): null | string =>
  planned ? (officeSlug ?? planned.parsed.office ?? null) : null

/** Lets finished writes start the next batch between two files' parses. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Imports many bulletin files in batches of up to batchSize files of one office, each in one
 * transaction (see importDecodedBatch), several offices' batches at a time (see
 * createOfficeBatcher), while the next files are parsed. Files are checked a chunk at a time:
 * those already imported are skipped with two queries and one insert for the whole chunk, so
 * re-importing an unchanged archive takes a fraction of a second.
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
  let pool: PlanPool | undefined
  const batcher = createOfficeBatcher<BatchFile, ImportOutcome>({
    batchSize,
    importBatch: (batch) => importDecodedBatch(batch, options),
    limit: concurrency,
    onOutcome: (outcome, index) => {
      outcomes.push(outcome)
      onOutcome?.(outcome, files[index]?.fileName ?? '', index)
    },
  })
  // A chunk's skipped runs are written while the next chunk is read and checked.
  let recording: Promise<void> = Promise.resolve()
  try {
    for (let start = 0; start < files.length; start += chunkSize) {
      // At most one chunk waits to be written while the next is read and parsed.
      await batcher.waitUntilPendingAtMost(chunkSize)
      const chunk = await checkChunk({ files: files.slice(start, start + chunkSize), options })
      await recording
      recording = recordSkippedRuns({
        known: chunk.flatMap(({ known }) => (known ? [known] : [])),
        options,
      })
      // Awaited before the next chunk's and at the end, which report its error.
      recording.catch(() => undefined)
      // The workers parse the whole chunk while this thread writes what they have parsed. They
      // start with the first chunk of several new files: for one file (or none) starting them
      // would take longer than parsing here.
      const newFiles = chunk.flatMap(({ file }) => (file ? [file] : []))
      if (newFiles.length > 1) pool ??= createPlanPool()
      const planning = chunk.map(({ file }) => (file && pool ? pool.plan(file) : null))
      for (const [offset, { file, known }] of chunk.entries()) {
        const index = start + offset
        if (known) {
          batcher.settle(index, { issueId: known.issue.issueId, status: 'skipped' })
          continue
        }
        const item = (await planning[offset]?.take()) ?? planFile(file)
        batcher.add({ index, item, officeKey: officeKeyOf(item, options.officeSlug) })
        await yieldToEventLoop()
      }
    }
    await recording
    await batcher.finish()
  } finally {
    await pool?.close()
  }
  return outcomes
}
