import type { Payload } from 'payload'

import { createHash } from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { decodeBulletin } from '../decode'
import { parseBulletinText } from '../parseBulletin'
import { lockForImport } from './lockForImport'
import type { PersistCounts } from './persistPlan'
import { persistPlan } from './persistPlan'
import { resolveOffice } from './resolveOffice'
import { toDocuments } from './toDocuments'
import type { InPlaceUpdate } from './updateIssueInPlace'
import { updateIssueInPlace } from './updateIssueInPlace'

export type ImportSource = 'cli' | 'inbox' | 'upload'

export type ImportOutcome =
  | { counts: PersistCounts; issueId: number; officeCreated: null | string; status: 'succeeded' }
  | { counts: PersistCounts; officeCreated: null | string; status: 'dry-run' }
  | { error: string; status: 'failed' }
  | { issueId: number; status: 'skipped' }
  | (InPlaceUpdate & { status: 'updated' })

const messageOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error'

/** This month, for an issue whose text gives no date at all (a diagnostic says so). */
const currentPeriod = (): string => new Date().toISOString().slice(0, 7)

/**
 * Imports one bulletin file: decode and parse (pure), then in one transaction the office,
 * departments, people, issue, articles and photos. The same text in the same office is imported
 * once; a dry run reports what would be written and rolls everything back. A failed import
 * leaves no trace but its import run.
 */
export const importBulletinFile = async ({
  bytes,
  fileName,
  importRunId,
  isDryRun = false,
  officeSlug,
  payload,
  source = 'cli',
}: {
  bytes: Uint8Array
  fileName: string
  /** A run already recorded (an upload in the admin); otherwise one is created. */
  importRunId?: number
  isDryRun?: boolean
  officeSlug?: string
  payload: Payload
  source?: ImportSource
}): Promise<ImportOutcome> => {
  const decoded = decodeBulletin(bytes)
  const runData = {
    fileName,
    source,
    startedAt: new Date().toISOString(),
    status: 'running' as const,
  }
  const run = isDryRun
    ? null
    : importRunId
      ? await payload.update({ collection: 'import-runs', data: runData, id: importRunId })
      : await payload.create({ collection: 'import-runs', data: runData })
  const finishRun = async (data: Record<string, unknown>) => {
    if (run)
      await payload.update({
        collection: 'import-runs',
        data: { ...data, finishedAt: new Date().toISOString() },
        id: run.id,
      })
  }
  if (!decoded.ok) {
    await finishRun({ error: decoded.error, status: 'failed' })
    return { error: decoded.error, status: 'failed' }
  }
  const sha256 = createHash('sha256').update(decoded.text).digest('hex')
  const parsed = parseBulletinText(decoded.text, { encoding: decoded.encoding })
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await lockForImport({ key: `office-name:${officeSlug ?? parsed.office ?? ''}`, payload, req })
    const office = await resolveOffice({ officeSlug, parsed, payload, req })
    await lockForImport({ key: `office:${office.id}`, payload, req })
    const { docs: existing } = await payload.find({
      collection: 'issues',
      draft: true,
      limit: 1,
      req,
      where: {
        and: [{ office: { equals: office.id } }, { 'sourceFile.sha256': { equals: sha256 } }],
      },
    })
    const duplicate = existing[0]
    if (duplicate) {
      await killTransaction(req)
      await finishRun({ issue: duplicate.id, office: office.id, sha256, status: 'skipped' })
      return { issueId: duplicate.id, status: 'skipped' }
    }
    const plan = toDocuments(parsed, {
      fallbackPeriod: currentPeriod(),
      sourceFile: { encoding: decoded.encoding, name: fileName, sha256, size: bytes.length },
    })
    const { docs: sameIssue } = await payload.find({
      collection: 'issues',
      draft: true,
      limit: 1,
      req,
      where: {
        and: [
          { office: { equals: office.id } },
          { period: { equals: plan.issue.period } },
          plan.issue.issueNumber === null
            ? { issueNumber: { exists: false } }
            : { issueNumber: { equals: plan.issue.issueNumber } },
        ],
      },
    })
    const corrected = sameIssue[0]
    if (corrected) {
      const update = await updateIssueInPlace({ issueId: corrected.id, payload, plan, req })
      if (isDryRun) {
        await killTransaction(req)
        return { ...update, status: 'updated' }
      }
      await commitTransaction(req)
      await finishRun({
        diagnostics: update.keptEdits.map(({ articleTitle, field }) => ({
          level: 'warning',
          message: `保留了人工修改：《${articleTitle}》的 ${field} (kept a staff edit)`,
        })),
        issue: corrected.id,
        office: office.id,
        sha256,
        status: 'succeeded',
      })
      return { ...update, status: 'updated' }
    }
    const { counts, created, issueId } = await persistPlan({
      importRunId: run?.id ?? null,
      officeId: office.id,
      payload,
      plan,
      req,
    })
    const officeCreated = office.isCreated ? office.name : null
    if (isDryRun) {
      await killTransaction(req)
      return { counts, officeCreated, status: 'dry-run' }
    }
    await commitTransaction(req)
    await finishRun({
      counts,
      createdDocuments: office.isCreated ? { ...created, office: office.id } : created,
      diagnostics: parsed.diagnostics.slice(0, 200),
      issue: issueId,
      office: office.id,
      sha256,
      status: 'succeeded',
    })
    return { counts, issueId, officeCreated, status: 'succeeded' }
  } catch (error) {
    await killTransaction(req)
    const message = messageOf(error)
    await finishRun({ error: message, status: 'failed' })
    return { error: message, status: 'failed' }
  }
}
