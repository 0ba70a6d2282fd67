import { sql } from '@payloadcms/db-postgres'

import { textArray } from './bulk/textArray'

import type { TransactionDb } from './bulk/transactionDb'

export type ImportedIssue = { issueId: number; officeId: number }

/**
 * Issues whose decoded text has one of these sha256s — in the named office, or, when none is
 * named, in any office (the same text would be inferred to the same office again).
 * Read before parsing, so an unchanged file costs a hash and a lookup.
 */
export const findImportedIssues = async ({
  db,
  officeSlug,
  sha256s,
}: {
  db: TransactionDb
  officeSlug?: string
  sha256s: string[]
}): Promise<Map<string, ImportedIssue>> => {
  if (sha256s.length === 0) return new Map()
  const inOffice = officeSlug
    ? sql`and i.office_id = (select id from offices where slug = ${officeSlug})`
    : sql``
  const { rows } = await db.execute<{ id: number; office_id: number; sha256: string }>(sql`
    select distinct on (i.source_file_sha256) i.id, i.office_id, i.source_file_sha256 as sha256
    from issues i where i.source_file_sha256 = any(${textArray(sha256s)}) ${inOffice}
    order by i.source_file_sha256, i.id`)
  return new Map(
    rows.map(({ id, office_id, sha256 }) => [
      sha256,
      { issueId: Number(id), officeId: Number(office_id) },
    ]),
  )
}
