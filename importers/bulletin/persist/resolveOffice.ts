import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { ParsedIssue } from '../types'
import { textArray } from './bulk/textArray'
import type { TransactionDb } from './bulk/transactionDb'
import { transactionDb } from './bulk/transactionDb'
import { lockForImport } from './lockForImport'

export type ResolvedOffice = { id: number; isCreated: boolean; name: string }

/**
 * Finds the office and, in the same round trip, takes its import lock (held until the
 * transaction ends). Commits of the import need not wait for the disk: a crash loses at most
 * the last few imports, whole, and they are imported again — never half an issue.
 */
const findAndLockOffice = async ({
  officeName,
  officeSlug,
  payload,
  req,
}: {
  officeName: string
  officeSlug?: string
  payload: Payload
  req: PayloadRequest
}): Promise<null | { id: number; name: string }> => {
  const db = await transactionDb({ payload, req })
  const { rows } = await db.execute<{ id: number; name: string }>(sql`
    select id, name, pg_advisory_xact_lock(hashtext('bulletin-import:office:' || id)),
      set_config('synchronous_commit', 'off', true)
    from offices where ${officeSlug ? sql`slug = ${officeSlug}` : sql`name = ${officeName}`}
    order by id limit 1`)
  const row = rows[0]
  return row ? { id: Number(row.id), name: row.name } : null
}

/**
 * The office an issue belongs to, locked for this import: the one named by slug (--office, the
 * inbox folder), else the one the parser inferred, matched by name. An inferred office that does
 * not exist yet is created (under a lock, so two workers do not both create it), so an empty
 * database can take any bulletin.
 */
export const resolveOffice = async ({
  officeSlug,
  parsed,
  payload,
  req,
}: {
  officeSlug?: string
  parsed: ParsedIssue
  payload: Payload
  req: PayloadRequest
}): Promise<ResolvedOffice> => {
  if (!officeSlug && !parsed.office) {
    throw new Error('no street office is named in the file; import it with --office SLUG')
  }
  const officeName = parsed.office ?? ''
  const found = await findAndLockOffice({ officeName, officeSlug, payload, req })
  if (found) return { ...found, isCreated: false }
  if (officeSlug) throw new Error(`there is no office with the slug "${officeSlug}"`)
  await lockForImport({ key: `office-name:${officeName}`, payload, req })
  const foundAfterWaiting = await findAndLockOffice({ officeName, payload, req })
  if (foundAfterWaiting) return { ...foundAfterWaiting, isCreated: false }
  const created = await payload.create({
    collection: 'offices',
    data: { district: parsed.district, name: officeName, publication: parsed.publication },
    req,
  })
  await lockForImport({ key: `office:${created.id}`, payload, req })
  return { id: created.id, isCreated: true, name: created.name }
}

/**
 * The existing offices of a batch of files, found by slug or name and locked for this import,
 * in one round trip: locks are taken in the order of the offices' ids, so two batches never wait
 * for each other in a circle. A name that is no office yet is missing from the map.
 */
export const findAndLockOffices = async ({
  db,
  names,
  slug,
}: {
  db: TransactionDb
  names: string[]
  slug?: string
}): Promise<Map<string, { id: number; name: string }>> => {
  const { rows } = await db.execute<{ id: number; name: string; slug: null | string }>(sql`
    select id, name, slug, pg_advisory_xact_lock(hashtext('bulletin-import:office:' || id)),
      set_config('synchronous_commit', 'off', true)
    from (select id, name, slug from offices
      where ${slug ? sql`slug = ${slug}` : sql`name = any(${textArray(names)})`}
      order by id) as found`)
  const offices = new Map<string, { id: number; name: string }>()
  for (const { id, name, slug: officeSlug } of rows) {
    const key = slug && officeSlug === slug ? slug : name
    if (!offices.has(key)) offices.set(key, { id: Number(id), name })
  }
  return offices
}
