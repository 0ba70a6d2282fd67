import ObjectID from 'bson-objectid'

import type { Diagnostic } from '../../types'
import type { CreatedDocuments, PersistCounts } from '../importedDocuments'
import type { TableRecords } from './tableRecords'

/** How many import diagnostics a run keeps; the articles keep their own. */
export const maxRunDiagnostics = 200

/** The finished import run of a new issue, written in the same statement as the issue. */
export const importRunRecords = ({
  counts,
  created,
  diagnostics,
  fileName,
  id,
  now,
  officeId,
  sha256,
  source,
  startedAt,
}: {
  counts: PersistCounts
  created: CreatedDocuments
  diagnostics: Diagnostic[]
  fileName: string
  id: number
  now: string
  officeId: number
  sha256: string
  source: string
  startedAt: string
}): TableRecords[] =>
  [
    {
      records: [
        {
          counts_articles: counts.articles,
          counts_departments: counts.departments,
          counts_people: counts.people,
          counts_photos: counts.photos,
          created_at: startedAt,
          created_documents: created,
          file_name: fileName,
          finished_at: now,
          id,
          issue_id: created.issue,
          office_id: officeId,
          sha256,
          source,
          started_at: startedAt,
          status: 'succeeded',
          updated_at: now,
        },
      ],
      table: 'import_runs',
    },
    {
      records: diagnostics.slice(0, maxRunDiagnostics).map(({ level, line, message }, index) => ({
        _order: index + 1,
        _parent_id: id,
        id: new ObjectID().toHexString(),
        level,
        line,
        message,
      })),
      table: 'import_runs_diagnostics',
    },
  ].filter((table) => table.records.length > 0)
