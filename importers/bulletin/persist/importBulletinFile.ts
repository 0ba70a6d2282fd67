import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import { createHash } from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { DecodeResult } from '../decode'
import { decodeBulletin } from '../decode'
import { poolDb, transactionDb } from './bulk/transactionDb'
import { writePlanInBulk } from './bulk/writePlanInBulk'
import { findImportedIssues } from './findImportedIssues'
import { findSameIssue } from './findSameIssue'
import { planDecodedText } from './planDecodedText'
import type { PersistCounts } from './importedDocuments'
import { resolveOffice } from './resolveOffice'
import type { ImportPlan } from './toDocuments'
import type { ParsedIssue } from '../types'
import type { InPlaceUpdate } from './updateIssueInPlace'
import { updateIssueInPlace } from './updateIssueInPlace'

export type ImportSource = 'cli' | 'inbox' | 'upload'

export type ImportOutcome =
  | { counts: PersistCounts; issueId: number; officeCreated: null | string; status: 'succeeded' }
  | { counts: PersistCounts; officeCreated: null | string; status: 'dry-run' }
  | { error: string; status: 'failed' }
  | { issueId: number; status: 'skipped' }
  | (InPlaceUpdate & { status: 'updated' })

/** A bulletin file read and decoded, with the identity of its text. */
export type DecodedFile = {
  decoded: DecodeResult
  fileName: string
  /** sha256 of the decoded text; empty when it could not be decoded. */
  sha256: string
  size: number
}

export type ImportOptions = {
  /** A run already recorded (an upload in the admin); otherwise one is created. */
  importRunId?: number
  isDryRun?: boolean
  officeSlug?: string
  payload: Payload
  source?: ImportSource
}

export const messageOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error'

const editorConfigs = new WeakMap<Payload, Promise<SanitizedServerEditorConfig>>()

/** The rich-text editor's server config, built once per Payload instance. */
export const editorConfigOf = (payload: Payload): Promise<SanitizedServerEditorConfig> => {
  const cached = editorConfigs.get(payload)
  if (cached) return cached
  const building = editorConfigFactory.default({ config: payload.config })
  editorConfigs.set(payload, building)
  return building
}

/** Reads a file's identity: its text decoded, and the sha256 of that text. */
export const decodeFile = ({
  bytes,
  fileName,
}: {
  bytes: Uint8Array
  fileName: string
}): DecodedFile => {
  const decoded = decodeBulletin(bytes)
  return {
    decoded,
    fileName,
    sha256: decoded.ok ? createHash('sha256').update(decoded.text).digest('hex') : '',
    size: bytes.length,
  }
}

/** Records what happened to a file that did not become a new issue (failed or a duplicate). */
const recordRun = async ({
  data,
  importRunId,
  payload,
}: {
  data: Record<string, unknown>
  importRunId?: number
  payload: Payload
}): Promise<void> => {
  const finished = { ...data, finishedAt: new Date().toISOString() }
  if (importRunId)
    await payload.update({ collection: 'import-runs', data: finished, id: importRunId })
  else await payload.create({ collection: 'import-runs', data: finished as never })
}

/**
 * Imports one decoded bulletin in one transaction: the office (created if inferred and new), its
 * departments and people, the issue, articles and photos, and the import run. The same text in
 * the same office is imported once; a corrected file of an issue updates it in place; a dry run
 * rolls everything back. A failed import leaves no trace but its failed run.
 */
export const importDecodedFile = async (
  { decoded, fileName, sha256, size }: DecodedFile,
  { importRunId, isDryRun = false, officeSlug, payload, source = 'cli' }: ImportOptions,
  /** The file already parsed and planned (by a batch), so it is not parsed again. */
  planned?: null | { parsed: ParsedIssue; plan: ImportPlan },
): Promise<ImportOutcome> => {
  const startedAt = new Date().toISOString()
  const base = { fileName, source, startedAt }
  const record = (data: Record<string, unknown>) =>
    isDryRun ? Promise.resolve() : recordRun({ data: { ...base, ...data }, importRunId, payload })
  if (!decoded.ok) {
    await record({ error: decoded.error, status: 'failed' })
    return { error: decoded.error, status: 'failed' }
  }
  if (importRunId && !isDryRun) {
    await payload.update({
      collection: 'import-runs',
      data: { ...base, status: 'running' },
      id: importRunId,
    })
  }
  // Parsing is pure: done before the transaction, it overlaps other files' writes.
  const { parsed, plan } = planned ?? planDecodedText({ fileName, sha256, size }, decoded)
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const db = await transactionDb({ payload, req })
    const office = await resolveOffice({ officeSlug, parsed, payload, req })
    const same = await findSameIssue({
      db,
      issueNumber: plan.issue.issueNumber,
      officeId: office.id,
      period: plan.issue.period,
      sha256,
    })
    if (same?.isSameText) {
      await killTransaction(req)
      await record({ issue: same.id, office: office.id, sha256, status: 'skipped' })
      return { issueId: same.id, status: 'skipped' }
    }
    if (same) {
      const update = await updateIssueInPlace({ issueId: same.id, payload, plan, req })
      if (isDryRun) {
        await killTransaction(req)
        return { ...update, status: 'updated' }
      }
      await commitTransaction(req)
      await record({
        diagnostics: update.keptEdits.map(({ articleTitle, field }) => ({
          level: 'warning',
          message: `保留了人工修改：《${articleTitle}》的 ${field} (kept a staff edit)`,
        })),
        issue: same.id,
        office: office.id,
        sha256,
        status: 'succeeded',
      })
      return { ...update, status: 'updated' }
    }
    const { counts, created, issueId } = await writePlanInBulk({
      db,
      editorConfig: await editorConfigOf(payload),
      importRun:
        importRunId || isDryRun
          ? undefined
          : {
              createdOfficeId: office.isCreated ? office.id : undefined,
              diagnostics: parsed.diagnostics,
              fileName,
              sha256,
              source,
              startedAt,
            },
      importRunId: importRunId ?? null,
      officeId: office.id,
      plan,
      schemaKey: payload.db,
    })
    const createdDocuments = office.isCreated ? { ...created, office: office.id } : created
    const officeCreated = office.isCreated ? office.name : null
    if (isDryRun) {
      await killTransaction(req)
      return { counts, officeCreated, status: 'dry-run' }
    }
    await commitTransaction(req)
    if (importRunId) {
      await record({
        counts,
        createdDocuments,
        diagnostics: parsed.diagnostics.slice(0, 200),
        issue: issueId,
        office: office.id,
        sha256,
        status: 'succeeded',
      })
    }
    return { counts, issueId, officeCreated, status: 'succeeded' }
  } catch (error) {
    await killTransaction(req)
    const message = messageOf(error)
    await record({ error: message, status: 'failed' })
    return { error: message, status: 'failed' }
  }
}

/**
 * Imports one bulletin file (see importDecodedFile); a text already imported is recognised by
 * its sha256 before it is parsed.
 */
export const importBulletinFile = async ({
  bytes,
  fileName,
  ...options
}: ImportOptions & { bytes: Uint8Array; fileName: string }): Promise<ImportOutcome> => {
  const file = decodeFile({ bytes, fileName })
  if (file.decoded.ok) {
    const imported = await findImportedIssues({
      db: poolDb(options.payload),
      officeSlug: options.officeSlug,
      sha256s: [file.sha256],
    })
    const known = imported.get(file.sha256)
    if (known) {
      if (!options.isDryRun) {
        await recordRun({
          data: {
            fileName,
            issue: known.issueId,
            office: known.officeId,
            sha256: file.sha256,
            source: options.source ?? 'cli',
            startedAt: new Date().toISOString(),
            status: 'skipped',
          },
          importRunId: options.importRunId,
          payload: options.payload,
        })
      }
      return { issueId: known.issueId, status: 'skipped' }
    }
  }
  return importDecodedFile(file, options)
}
