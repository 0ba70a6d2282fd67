import { sql } from '@payloadcms/db-postgres'

import type { TransactionDb } from './bulk/transactionDb'

export type SameIssue = { id: number; isSameText: boolean }

/**
 * The office's issue this file is: the same text (a duplicate), or else the same period and
 * number (a corrected OCR file of it). Null for a new issue.
 */
export const findSameIssue = async ({
  db,
  issueNumber,
  officeId,
  period,
  sha256,
}: {
  db: TransactionDb
  issueNumber: null | number
  officeId: number
  period: string
  sha256: string
}): Promise<null | SameIssue> => {
  const { rows } = await db.execute<{ id: number; is_same_text: boolean }>(sql`
    select id, source_file_sha256 = ${sha256} as is_same_text from issues
    where office_id = ${officeId}
      and (source_file_sha256 = ${sha256}
        or (period = ${period} and issue_number is not distinct from ${issueNumber}::numeric))
    order by 2 desc, id limit 1`)
  const row = rows[0]
  return row ? { id: Number(row.id), isSameText: row.is_same_text } : null
}

/** A new file of a batch, as findSameIssue would look it up. */
export type IssueIdentity = {
  issueNumber: null | number
  officeId: number
  period: string
  sha256: string
}

/**
 * Which of a batch's files already have an issue in their office (the same text, or the same
 * period and number), by their index in the batch, in one query. Those are imported one at a
 * time, where duplicates are skipped and corrected files update their issue.
 */
export const findIssuesAlreadyImported = async ({
  db,
  identities,
}: {
  db: TransactionDb
  identities: IssueIdentity[]
}): Promise<Set<number>> => {
  if (identities.length === 0) return new Set()
  const candidates = identities.map((identity, index) => ({
    index,
    issue_number: identity.issueNumber,
    office_id: identity.officeId,
    period: identity.period,
    sha256: identity.sha256,
  }))
  const { rows } = await db.execute<{ index: number }>(sql`
    select c.index from jsonb_to_recordset(${JSON.stringify(candidates)}::jsonb)
      as c(index int, issue_number numeric, office_id int, period text, sha256 text)
    where exists (select 1 from issues i where i.office_id = c.office_id
      and (i.source_file_sha256 = c.sha256
        or (i.period = c.period and i.issue_number is not distinct from c.issue_number)))`)
  return new Set(rows.map((row) => Number(row.index)))
}
