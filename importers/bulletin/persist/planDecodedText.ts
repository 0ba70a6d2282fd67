import type { BulletinEncoding } from '../decode'
import type { ParsedIssue } from '../types'
import type { ImportPlan } from './toDocuments'

import { parseBulletinText } from '../parseBulletin'
import { toDocuments } from './toDocuments'

/** The identity of a decoded file, as planning needs it. */
export type PlannedFileInfo = { fileName: string; sha256: string; size: number }

/** This month, for an issue whose text gives no date at all (a diagnostic says so). */
const currentPeriod = (): string => new Date().toISOString().slice(0, 7)

/**
 * A decoded file parsed and planned as documents: pure (plain data in, plain data out), so it
 * is done before any transaction, or in a worker thread (see createPlanPool).
 */
export const planDecodedText = (
  { fileName, sha256, size }: PlannedFileInfo,
  { encoding, text }: { encoding: BulletinEncoding; text: string },
): { parsed: ParsedIssue; plan: ImportPlan } => {
  const parsed = parseBulletinText(text, { encoding })
  const plan = toDocuments(parsed, {
    fallbackPeriod: currentPeriod(),
    sourceFile: { encoding, name: fileName, sha256, size },
    sourceText: text,
  })
  return { parsed, plan }
}
