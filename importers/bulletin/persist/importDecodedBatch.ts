import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { ParsedIssue } from '../types'
import type { DecodedFile, ImportOptions, ImportOutcome } from './importBulletinFile'
import type { ImportPlan } from './toDocuments'

import { transactionDb } from './bulk/transactionDb'
import { writePlansInBulk } from './bulk/writePlanInBulk'
import { findIssuesAlreadyImported } from './findSameIssue'
import { editorConfigOf, importDecodedFile, planDecodedText } from './importBulletinFile'
import { findAndLockOffices } from './resolveOffice'

type PlannedFile = { file: DecodedFile; parsed: ParsedIssue; plan: ImportPlan }

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
): Promise<{ left: number[]; outcomes: Map<number, ImportOutcome> }> => {
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
    return { left: planned.map((_, index) => index), outcomes: new Map() }
  }
}

/**
 * Imports a batch of decoded bulletin files: the new issues of existing offices in one
 * transaction (see writeNewIssuesTogether), then every other file on its own, as
 * importDecodedFile does. Outcomes come in the files' order.
 */
export const importDecodedBatch = async (
  files: DecodedFile[],
  options: ImportOptions,
): Promise<ImportOutcome[]> => {
  // Parsing is pure: done before the transaction, it overlaps other batches' writes.
  const planned = files.map((file): null | PlannedFile =>
    file.decoded.ok ? { file, ...planDecodedText(file, file.decoded) } : null,
  )
  const { left, outcomes } =
    options.importRunId === undefined && files.length > 1
      ? await writeNewIssuesTogether(planned, options)
      : { left: files.map((_, index) => index), outcomes: new Map<number, ImportOutcome>() }
  for (const index of left) {
    const file = files[index]
    if (file) outcomes.set(index, await importDecodedFile(file, options))
  }
  return files.map(
    (_, index) => outcomes.get(index) ?? { error: 'not imported', status: 'failed' as const },
  )
}
