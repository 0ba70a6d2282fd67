import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { ParsedIssue } from '../types'
import type { DecodedFile, ImportOptions, ImportOutcome } from './importBulletinFile'
import type { ImportPlan } from './toDocuments'

import { transactionDb } from './bulk/transactionDb'
import { writePlansInBulk } from './bulk/writePlanInBulk'
import { findIssuesAlreadyImported } from './findSameIssue'
import { editorConfigOf, importDecodedFile } from './importBulletinFile'
import { planDecodedText } from './planDecodedText'
import { findAndLockOffices } from './resolveOffice'

/** A decoded file with its parse and plan (null: it could not be decoded). */
export type PlannedFile = { file: DecodedFile; parsed: ParsedIssue; plan: ImportPlan }

/** A file of a batch: decoded, and planned when it could be. */
export type BatchFile = { file: DecodedFile; planned: null | PlannedFile }

/** A decoded file parsed and planned, when it could be decoded: pure, so before any transaction. */
export const planFile = (file: DecodedFile): BatchFile => ({
  file,
  planned: file.decoded.ok ? { file, ...planDecodedText(file, file.decoded) } : null,
})

/** The new files of a batch, with the office each goes to: those of an existing office. */
type Placed = PlannedFile & { index: number; officeId: number }

/**
 * The first file of each identity (text, or period and number, in its office); a later one — a
 * repeat, a correction of the first — is left to be imported alone, after it.
 */
const withoutRepeats = (placed: Placed[]): Placed[] => {
  const seen = new Set<string>()
  const first: Placed[] = []
  for (const item of placed) {
    const { issueNumber, period } = item.plan.issue
    const keys = [
      `${item.officeId}:${item.file.sha256}`,
      `${item.officeId}:${period}:${issueNumber}`,
    ]
    if (!keys.some((key) => seen.has(key))) first.push(item)
    for (const key of keys) seen.add(key)
  }
  return first
}

/**
 * Imports new files of existing offices together, in one transaction and one statement of
 * inserts, and returns the indexes of the files it left for importing one at a time: a file
 * that could not be decoded, names no known office, already has an issue (a duplicate or a
 * correction) or repeats another of the batch. Each issue is still written whole or not at all.
 */
const writeNewIssuesTogether = async (
  planned: (null | PlannedFile)[],
  options: ImportOptions,
): Promise<{ isOfficeNew: boolean; left: number[]; outcomes: Map<number, ImportOutcome> }> => {
  const { isDryRun = false, officeSlug, payload, source = 'cli' } = options
  const outcomes = new Map<number, ImportOutcome>()
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const db = await transactionDb({ payload, req })
    const officeNames = [
      ...new Set(planned.flatMap((item) => (item?.parsed.office ? [item.parsed.office] : []))),
    ]
    const offices = await findAndLockOffices({ db, names: officeNames, slug: officeSlug })
    const placed = planned.flatMap((item, index): Placed[] => {
      const office = item && offices.get(officeSlug ?? item.parsed.office ?? '')
      return item && office ? [{ ...item, index, officeId: office.id }] : []
    })
    // No file names an existing office: the first may create it (see importDecodedBatch).
    const isOfficeNew =
      !officeSlug && placed.length === 0 && planned.some((item) => item?.parsed.office)
    const first = withoutRepeats(placed)
    const imported = await findIssuesAlreadyImported({
      db,
      identities: first.map(({ file, officeId, plan }) => ({
        issueNumber: plan.issue.issueNumber,
        officeId,
        period: plan.issue.period,
        sha256: file.sha256,
      })),
    })
    const toWrite = first.filter((_, position) => !imported.has(position))
    const startedAt = new Date().toISOString()
    const written = await writePlansInBulk({
      db,
      editorConfig: await editorConfigOf(payload),
      items: toWrite.map(({ file, officeId, parsed, plan }) => ({
        importRun: isDryRun
          ? undefined
          : {
              diagnostics: parsed.diagnostics,
              fileName: file.fileName,
              sha256: file.sha256,
              source,
              startedAt,
            },
        officeId,
        plan,
      })),
      schemaKey: payload.db,
    })
    if (isDryRun) await killTransaction(req)
    else await commitTransaction(req)
    for (const [position, { counts, issueId }] of written.entries()) {
      const index = toWrite[position]?.index ?? -1
      outcomes.set(
        index,
        isDryRun
          ? { counts, officeCreated: null, status: 'dry-run' }
          : { counts, issueId, officeCreated: null, status: 'succeeded' },
      )
    }
    return {
      isOfficeNew,
      left: planned.map((_, index) => index).filter((index) => !outcomes.has(index)),
      outcomes,
    }
  } catch (error) {
    // Whatever went wrong, nothing of the batch was written: each file is tried on its own,
    // where a failure is reported against the file that caused it.
    await killTransaction(req)
    payload.logger.warn({
      err: error,
      msg: 'bulletin import: a batch failed; importing its files one by one',
    })
    return { isOfficeNew: false, left: planned.map((_, index) => index), outcomes: new Map() }
  }
}

/**
 * Imports a batch of planned bulletin files: the new issues of existing offices in one
 * transaction (see writeNewIssuesTogether), then every other file on its own, as
 * importDecodedFile does. When the batch's office is new, its first file creates it and the
 * others are tried together again. Outcomes come in the files' order.
 */
export const importDecodedBatch = async (
  files: BatchFile[],
  options: ImportOptions,
  { isOfficeCreatable = true }: { isOfficeCreatable?: boolean } = {},
): Promise<ImportOutcome[]> => {
  const { isOfficeNew, left, outcomes } =
    options.importRunId === undefined && files.length > 1
      ? await writeNewIssuesTogether(
          files.map(({ planned }) => planned),
          options,
        )
      : {
          isOfficeNew: false,
          left: files.map((_, index) => index),
          outcomes: new Map<number, ImportOutcome>(),
        }
  if (isOfficeNew && isOfficeCreatable && left[0] === 0) {
    const [first, ...rest] = files
    if (first) {
      const firstOutcome = await importDecodedFile(first.file, options, first.planned)
      const restOutcomes = await importDecodedBatch(rest, options, { isOfficeCreatable: false })
      return [firstOutcome, ...restOutcomes]
    }
  }
  for (const index of left) {
    const item = files[index]
    if (item) outcomes.set(index, await importDecodedFile(item.file, options, item.planned))
  }
  return files.map(
    (_, index) => outcomes.get(index) ?? { error: 'not imported', status: 'failed' as const },
  )
}
