import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'

import type { Diagnostic } from '../../types'
import type { CreatedDocuments, PersistCounts } from '../importedDocuments'
import type { ImportPlan } from '../toDocuments'
import type { TransactionDb } from './transactionDb'

import { formatIssueSlug } from '../../../../src/utilities/formatIssueSlug'
import { formatSlug } from '../../../../src/utilities/formatSlug'
import { buildArticleBody } from '../buildArticleBody'
import type { SlugRequest } from './assignSlugs'
import { assignSlugs } from './assignSlugs'
import { buildInsertStatement, combineInsertStatements } from './buildInsertStatement'
import { importRunRecords } from './importRunRecords'
import { lookUpNamed } from './lookUpNamed'
import type { PlannedSlugs } from './planRecords'
import { planRecords } from './planRecords'
import { readColumnTypes } from './readColumnTypes'
import { reserveIds } from './reserveIds'
import { reserveTimestamps } from './reserveTimestamps'
import { versionInserts } from './versionInserts'

/** The import run to record with the issue, when the caller has none yet. */
export type NewImportRun = {
  /** The office this import created, so rolling the run back removes it too. */
  createdOfficeId?: number
  diagnostics: Diagnostic[]
  fileName: string
  sha256: string
  source: string
  startedAt: string
}

const unfound = (names: string[], ids: Map<string, number>): string[] =>
  names.filter((name) => !ids.has(name))

/** New departments', new people's, the issue's and the articles' slugs, in the order Payload creates them. */
const slugRequests = ({
  newDepartmentNames,
  newPersonNames,
  plan,
}: {
  newDepartmentNames: string[]
  newPersonNames: string[]
  plan: ImportPlan
}): SlugRequest[] => {
  const issueIndex = newDepartmentNames.length + newPersonNames.length
  return [
    ...newDepartmentNames.map((name) => ({
      base: formatSlug(name),
      table: 'departments' as const,
    })),
    ...newPersonNames.map((name) => ({ base: formatSlug(name), table: 'people' as const })),
    { base: formatIssueSlug(plan.issue), table: 'issues' },
    ...plan.articles.map((article) => ({
      base: formatSlug(article.title),
      qualifier: { slugOf: issueIndex },
      table: 'articles' as const,
    })),
  ]
}

const splitSlugs = (
  slugs: string[],
  counts: { departments: number; people: number },
): PlannedSlugs => {
  const issueIndex = counts.departments + counts.people
  return {
    articles: slugs.slice(issueIndex + 1),
    departments: slugs.slice(0, counts.departments),
    issue: slugs[issueIndex] ?? '',
    people: slugs.slice(counts.departments, issueIndex),
  }
}

/**
 * Writes a planned issue inside the caller's transaction in four round trips — look up names,
 * choose slugs (assignSlugs), reserve ids, one statement of multi-row inserts (draft versions copied in SQL) — instead of one Local API call per document:
 * no hooks run there, so the rows are built as Payload's hooks would build them (planRecords),
 * and a test holds the two writers to the same result.
 */
export const writePlanInBulk = async ({
  db,
  editorConfig,
  importRun,
  importRunId = null,
  officeId,
  plan,
  schemaKey,
}: {
  db: TransactionDb
  editorConfig: SanitizedServerEditorConfig
  /** Record a new, succeeded import run with the issue. */
  importRun?: NewImportRun
  /** An import run already recorded (an upload), linked from the issue. */
  importRunId?: null | number
  officeId: number
  plan: ImportPlan
  /** Identifies the database schema, for the cached column types. */
  schemaKey: object
}): Promise<{
  counts: PersistCounts
  created: CreatedDocuments
  importRunId: null | number
  issueId: number
}> => {
  // One query at a time: these share the transaction's connection.
  const columnTypes = await readColumnTypes(db, schemaKey)
  const { departments, people } = await lookUpNamed({
    db,
    departmentNames: plan.departmentNames,
    officeId,
    personNames: plan.personNames,
  })
  const newDepartmentNames = unfound(plan.departmentNames, departments)
  const newPersonNames = unfound(plan.personNames, people)
  const slugs = await assignSlugs({
    db,
    officeId,
    requests: slugRequests({ newDepartmentNames, newPersonNames, plan }),
  })
  const captionCount = plan.articles.reduce((sum, article) => sum + article.captions.length, 0)
  const reserved = await reserveIds(db, {
    articles: plan.articles.length,
    departments: newDepartmentNames.length,
    import_runs: importRun ? 1 : 0,
    issues: 1,
    people: newPersonNames.length,
    photos: captionCount,
  })
  const newDepartments = newDepartmentNames.map((name, index) => ({
    id: reserved.departments[index] ?? Number.NaN,
    name,
  }))
  const newPeople = newPersonNames.map((name, index) => ({
    id: reserved.people[index] ?? Number.NaN,
    name,
  }))
  for (const { id, name } of newDepartments) departments.set(name, id)
  for (const { id, name } of newPeople) people.set(name, id)
  let nextPhoto = 0
  const photoIds = plan.articles.map((article) =>
    article.captions.map(() => reserved.photos[nextPhoto++] ?? Number.NaN),
  )
  const bodies = plan.articles.map((article, index) =>
    buildArticleBody({
      editorConfig,
      paragraphs: article.paragraphs,
      photos: (photoIds[index] ?? []).map((id) => ({ id, relationTo: 'photos' })),
    }),
  )
  const issueId = reserved.issues[0] ?? Number.NaN
  const runId = importRun ? (reserved.import_runs[0] ?? null) : importRunId
  const [now = new Date().toISOString(), ...timestamps] = reserveTimestamps(
    plan.articles.length + 1,
  )
  const { tables, versioned } = planRecords({
    bodies,
    departments,
    ids: {
      articles: reserved.articles,
      issue: issueId,
      photos: photoIds,
    },
    importRunId: runId,
    newDepartments,
    newPeople,
    now,
    officeId,
    people,
    plan,
    slugs: splitSlugs(slugs, {
      departments: newDepartmentNames.length,
      people: newPersonNames.length,
    }),
    timestamps,
  })
  const created: CreatedDocuments = {
    articles: reserved.articles,
    departments: reserved.departments,
    issue: issueId,
    people: reserved.people,
    photos: reserved.photos,
  }
  const counts: PersistCounts = {
    articles: created.articles.length,
    departments: created.departments.length,
    people: created.people.length,
    photos: created.photos.length,
  }
  const runRecords =
    importRun && runId !== null
      ? importRunRecords({
          ...importRun,
          counts,
          created:
            importRun.createdOfficeId === undefined
              ? created
              : { ...created, office: importRun.createdOfficeId },
          id: runId,
          now,
          officeId,
        })
      : []
  await db.execute(
    combineInsertStatements([
      ...[...runRecords, ...tables].map((table) => buildInsertStatement(table, columnTypes)),
      ...versioned.flatMap((versions) => versionInserts(versions, columnTypes)),
    ]),
  )
  return { counts, created, importRunId: runId, issueId }
}
