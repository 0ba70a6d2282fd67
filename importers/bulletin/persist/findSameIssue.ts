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
