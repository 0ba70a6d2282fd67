import type { SerializedEditorState } from 'lexical'

import ObjectID from 'bson-objectid'

import type { ImportPlan, PlannedArticle } from '../toDocuments'
import type { ColumnValue, TableRecords } from './tableRecords'
import type { VersionedTables } from './versionInserts'

import { formatIssueTitle } from '../../../../src/utilities/formatIssueTitle'
import { formatSlug } from '../../../../src/utilities/formatSlug'
import { snapshotOf } from '../importedSnapshot'

/** Ids reserved for one issue's new rows, in the plan's order. */
export type PlanIds = {
  articles: number[]
  issue: number
  /** Per article, one photo per caption. */
  photos: number[][]
}

export type NewNamed = { id: number; name: string }

/** The slugs chosen for the new rows (see assignSlugs), in the plan's order. */
export type PlannedSlugs = {
  articles: string[]
  departments: string[]
  issue: string
  people: string[]
}

type Row = Record<string, ColumnValue>

const idsOf = (names: string[], ids: Map<string, number>): number[] =>
  names.flatMap((name) => {
    const id = ids.get(name)
    return id === undefined ? [] : [id]
  })

/** Has-many relationship rows, numbered from 1 per path as Payload numbers them. */
const relRows = ({
  column,
  ids,
  parentId,
  path,
}: {
  column: string
  ids: number[]
  parentId: number
  path: string
}): Row[] => ids.map((id, index) => ({ [column]: id, order: index + 1, parent_id: parentId, path }))

/** Array-field rows, numbered from 1, each with the object id Payload gives array rows. */
const arrayRows = ({
  createRowId,
  items,
  parentId,
}: {
  createRowId: () => string
  items: Row[]
  parentId: number
}): Row[] =>
  items.map((item, index) => ({
    _order: index + 1,
    _parent_id: parentId,
    id: createRowId(),
    ...item,
  }))

const namedRows = ({
  named,
  now,
  officeId,
  slugs,
}: {
  named: NewNamed[]
  now: string
  officeId: number
  slugs: string[]
}) =>
  named.map(({ id, name }, index) => ({
    created_at: now,
    id,
    name,
    office_id: officeId,
    slug: slugs[index] ?? formatSlug(name),
    updated_at: now,
  }))

/** The article's row as Payload's hooks would complete it (its slug chosen by assignSlugs). */
const articleRow = ({
  article,
  body,
  departmentId,
  id,
  issueId,
  createdAt,
  officeId,
  slug,
  sourceFileName,
}: {
  article: PlannedArticle
  body: SerializedEditorState
  departmentId: null | number
  id: number
  issueId: number
  createdAt: string
  officeId: number
  slug: string
  sourceFileName: string
}): Row => ({
  _status: 'draft',
  body,
  created_at: createdAt,
  department_id: departmentId,
  excerpt: article.excerpt,
  id,
  imported_snapshot: snapshotOf(article),
  issue_id: issueId,
  kind: article.kind,
  // The needsReview field hook: set while a diagnostic is unchecked (none are, on import).
  needs_review: article.diagnostics.length > 0,
  office_id: officeId,
  position: article.position,
  provenance_paragraph_lines: article.paragraphLines,
  provenance_source_file: sourceFileName,
  provenance_source_lines: article.sourceLines,
  section: article.section,
  slug,
  subtitle: article.subtitle,
  title: article.title,
  updated_at: createdAt,
})

/**
 * Every row one new issue adds, table by table, exactly as creating its documents as drafts
 * through Payload would write them (hooks' work included): departments and people new to the
 * office, the issue, its articles with their relationships and arrays, and caption-only photos;
 * and which of them have draft versions (see versionInserts).
 */
export const planRecords = ({
  bodies,
  createRowId = () => new ObjectID().toHexString(),
  departments,
  ids,
  importRunId,
  newDepartments,
  newPeople,
  now,
  officeId,
  people,
  plan,
  slugs,
  timestamps,
}: {
  bodies: SerializedEditorState[]
  createRowId?: () => string
  departments: Map<string, number>
  ids: PlanIds
  importRunId: null | number
  newDepartments: NewNamed[]
  newPeople: NewNamed[]
  now: string
  officeId: number
  people: Map<string, number>
  plan: ImportPlan
  slugs: PlannedSlugs
  /** A creation time per article, in printed order (see reserveTimestamps). */
  timestamps: string[]
}): { tables: TableRecords[]; versioned: VersionedTables[] } => {
  const { issue } = plan
  const issueRow: Row = {
    _status: 'draft',
    created_at: now,
    id: ids.issue,
    import_run_id: importRunId,
    issue_number: issue.issueNumber,
    office_id: officeId,
    period: issue.period,
    publication: issue.publication,
    running_number: issue.runningNumber,
    slug: slugs.issue,
    source_file_encoding: issue.sourceFile.encoding,
    source_file_name: issue.sourceFile.name,
    source_file_sha256: issue.sourceFile.sha256,
    source_file_size: issue.sourceFile.size,
    title: formatIssueTitle(issue),
    updated_at: now,
  }
  const articles: Row[] = []
  const rels: Row[] = []
  const mentions: Row[] = []
  const diagnostics: Row[] = []
  const photos: Row[] = []
  for (const [index, article] of plan.articles.entries()) {
    const id = ids.articles[index] ?? Number.NaN
    const photoIds = ids.photos[index] ?? []
    const photographerIds = idsOf(article.photographerNames, people)
    articles.push(
      articleRow({
        article,
        body: bodies[index] ?? ({ root: { children: [] } } as never),
        departmentId: article.departmentName
          ? (departments.get(article.departmentName) ?? null)
          : null,
        id,
        createdAt: timestamps[index] ?? now,
        issueId: ids.issue,
        officeId,
        slug: slugs.articles[index] ?? formatSlug(article.title),
        sourceFileName: issue.sourceFile.name,
      }),
    )
    rels.push(
      ...relRows({
        column: 'people_id',
        ids: idsOf(article.authorNames, people),
        parentId: id,
        path: 'authors',
      }),
      ...relRows({
        column: 'people_id',
        ids: photographerIds,
        parentId: id,
        path: 'photographers',
      }),
      ...relRows({ column: 'photos_id', ids: photoIds, parentId: id, path: 'photos' }),
    )
    mentions.push(
      ...arrayRows({
        createRowId,
        items: article.mentions.flatMap((mention) => {
          const person = people.get(mention.name)
          return person === undefined ? [] : [{ person_id: person, role: mention.role }]
        }),
        parentId: id,
      }),
    )
    diagnostics.push(
      ...arrayRows({
        createRowId,
        items: article.diagnostics.map(({ level, line, message }) => ({ level, line, message })),
        parentId: id,
      }),
    )
    photos.push(
      ...article.captions.map((caption, captionIndex) => ({
        alt: caption,
        article_id: id,
        caption,
        created_at: timestamps[index] ?? now,
        id: photoIds[captionIndex] ?? Number.NaN,
        office_id: officeId,
        photographer_id: photographerIds[0] ?? null,
        updated_at: timestamps[index] ?? now,
      })),
    )
  }
  const tables: TableRecords[] = [
    {
      records: namedRows({ named: newDepartments, now, officeId, slugs: slugs.departments }),
      table: 'departments',
    },
    {
      records: namedRows({ named: newPeople, now, officeId, slugs: slugs.people }),
      table: 'people',
    },
    { records: [issueRow], table: 'issues' },
    { records: articles, table: 'articles' },
    { records: rels, table: 'articles_rels' },
    { records: mentions, table: 'articles_mentions' },
    { records: diagnostics, table: 'articles_diagnostics' },
    { records: photos, table: 'photos' },
  ].filter((table) => table.records.length > 0)
  const written = new Set(tables.map((table) => table.table))
  const versioned: VersionedTables[] = [
    { arrays: [], main: 'issues' },
    {
      arrays: ['articles_mentions', 'articles_diagnostics'].filter((table) => written.has(table)),
      main: 'articles',
      rels: written.has('articles_rels') ? 'articles_rels' : undefined,
    },
  ].filter((versions) => written.has(versions.main))
  return { tables, versioned }
}
