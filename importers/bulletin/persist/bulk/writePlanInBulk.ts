import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'

import type { Diagnostic } from '../../types'
import type { CreatedDocuments, PersistCounts } from '../importedDocuments'
import type { ImportPlan } from '../toDocuments'
import type { NamedIds } from './lookUpNamed'
import type { NewNamed, PlannedSlugs } from './planRecords'
import type { TableRecords } from './tableRecords'
import type { TransactionDb } from './transactionDb'
import type { VersionedTables } from './versionInserts'

import { formatIssueSlug } from '../../../../src/utilities/formatIssueSlug'
import { formatSlug } from '../../../../src/utilities/formatSlug'
import { buildArticleBody } from '../buildArticleBody'
import type { SlugRequest } from './assignSlugs'
import { assignSlugs } from './assignSlugs'
import { buildInsertStatement, combineInsertStatements } from './buildInsertStatement'
import { executeWithoutForeignKeyChecks } from './executeWithoutForeignKeyChecks'
import { importRunRecords } from './importRunRecords'
import { lookUpNamed } from './lookUpNamed'
import { planRecords } from './planRecords'
import { readColumnTypes } from './readColumnTypes'
import { reserveIds } from './reserveIds'
import { reserveTimestamps } from './reserveTimestamps'
import { versionInserts, versionTablesOf } from './versionInserts'

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

/** One planned issue to write, with its office and its import run. */
export type PlanToWrite = {
  /** Record a new, succeeded import run with the issue. */
  importRun?: NewImportRun
  /** An import run already recorded (an upload), linked from the issue. */
  importRunId?: null | number
  officeId: number
  plan: ImportPlan
}

export type WrittenPlan = {
  counts: PersistCounts
  created: CreatedDocuments
  importRunId: null | number
  issueId: number
}

/**
 * New departments', new people's, the issue's and the articles' slugs, in the order Payload
 * creates them; `offset` is where this plan's requests start in its office's list.
 */
const slugRequests = ({
  newDepartmentNames,
  newPersonNames,
  offset,
  plan,
}: {
  newDepartmentNames: string[]
  newPersonNames: string[]
  offset: number
  plan: ImportPlan
}): SlugRequest[] => {
  const issueIndex = offset + newDepartmentNames.length + newPersonNames.length
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
 * Each plan's slugs, chosen office by office as the slug hook would choose them creating the
 * plans' documents one after another: one assignSlugs call per office of the batch.
 */
const assignBatchSlugs = async ({
  db,
  items,
  newNames,
}: {
  db: TransactionDb
  items: PlanToWrite[]
  newNames: { departments: string[]; people: string[] }[]
}): Promise<PlannedSlugs[]> => {
  const byOffice = new Map<number, { requests: SlugRequest[]; starts: Map<number, number> }>()
  for (const [index, { officeId, plan }] of items.entries()) {
    const office = byOffice.get(officeId) ?? {
      requests: [] as SlugRequest[],
      starts: new Map<number, number>(),
    }
    byOffice.set(officeId, office)
    const names = newNames[index] ?? { departments: [], people: [] }
    office.starts.set(index, office.requests.length)
    office.requests.push(
      ...slugRequests({
        newDepartmentNames: names.departments,
        newPersonNames: names.people,
        offset: office.requests.length,
        plan,
      }),
    )
  }
  const chosen = new Map<number, string[]>()
  for (const [officeId, { requests }] of byOffice) {
    chosen.set(officeId, await assignSlugs({ db, officeId, requests }))
  }
  return items.map(({ officeId, plan }, index) => {
    const names = newNames[index] ?? { departments: [], people: [] }
    const start = byOffice.get(officeId)?.starts.get(index) ?? 0
    const count = names.departments.length + names.people.length + 1 + plan.articles.length
    return splitSlugs((chosen.get(officeId) ?? []).slice(start, start + count), {
      departments: names.departments.length,
      people: names.people.length,
    })
  })
}

/** Takes `count` ids off the front of a reserved list. */
const takeIds = (reserved: number[], count: number): number[] => reserved.splice(0, count)

/**
 * The departments and people each plan must create: the names its office does not have yet and
 * no earlier plan of the batch creates — as writing the plans one after another would.
 */
const assignNewNames = (
  items: PlanToWrite[],
  found: Map<number, NamedIds>,
): { departments: string[]; people: string[] }[] => {
  const claimed = new Map<number, { departments: Set<string>; people: Set<string> }>()
  return items.map(({ officeId, plan }) => {
    const known = found.get(officeId)
    const taken = claimed.get(officeId) ?? { departments: new Set(), people: new Set() }
    claimed.set(officeId, taken)
    const claim = (names: string[], kind: 'departments' | 'people') =>
      names.filter((name) => {
        if (known?.[kind].has(name) || taken[kind].has(name)) return false
        taken[kind].add(name)
        return true
      })
    return {
      departments: claim(plan.departmentNames, 'departments'),
      people: claim(plan.personNames, 'people'),
    }
  })
}

/** The names of each office's plans, without repeats, for one look-up. */
const wantedNamesOf = (items: PlanToWrite[]) => {
  const byOffice = new Map<number, { departments: Set<string>; people: Set<string> }>()
  for (const { officeId, plan } of items) {
    const names = byOffice.get(officeId) ?? { departments: new Set(), people: new Set() }
    for (const name of plan.departmentNames) names.departments.add(name)
    for (const name of plan.personNames) names.people.add(name)
    byOffice.set(officeId, names)
  }
  return [...byOffice].map(([officeId, { departments, people }]) => ({
    departmentNames: [...departments],
    officeId,
    personNames: [...people],
  }))
}

/** Rows of the same table from several plans, as one insert each. */
const mergeTables = (tables: TableRecords[]): TableRecords[] => {
  const merged = new Map<string, TableRecords>()
  for (const { records, table } of tables) {
    const into = merged.get(table)
    if (into) into.records.push(...records)
    else merged.set(table, { records: [...records], table })
  }
  return [...merged.values()]
}

/** Version tables of several plans: each main table once, with every array any plan wrote. */
const mergeVersioned = (versioned: VersionedTables[]): VersionedTables[] => {
  const merged = new Map<string, VersionedTables>()
  for (const { arrays, main, rels } of versioned) {
    const into = merged.get(main)
    merged.set(main, {
      arrays: [...new Set([...(into?.arrays ?? []), ...arrays])],
      main,
      rels: into?.rels ?? rels,
    })
  }
  return [...merged.values()]
}

/**
 * Writes planned issues inside the caller's transaction in a few round trips — look up names,
 * choose slugs (assignSlugs, one per office of the batch), reserve ids, lock the rows referenced
 * (see executeWithoutForeignKeyChecks), one statement of multi-row inserts (draft versions
 * copied in SQL) — instead of one Local API call per document. No hooks run there, so the rows
 * are built as Payload's hooks would build them (planRecords), and a test holds the writers to
 * the same result as Payload's Local API writing the issues one after another.
 */
export const writePlansInBulk = async ({
  db,
  editorConfig,
  items,
  schemaKey,
}: {
  db: TransactionDb
  editorConfig: SanitizedServerEditorConfig
  items: PlanToWrite[]
  /** Identifies the database schema, for the cached column types. */
  schemaKey: object
}): Promise<WrittenPlan[]> => {
  if (items.length === 0) return []
  // One query at a time: these share the transaction's connection.
  const columnTypes = await readColumnTypes(db, schemaKey)
  const found = await lookUpNamed({ db, wanted: wantedNamesOf(items) })
  const newNames = assignNewNames(items, found)
  const slugs = await assignBatchSlugs({ db, items, newNames })
  const captionCounts = items.map(({ plan }) =>
    plan.articles.reduce((sum, article) => sum + article.captions.length, 0),
  )
  const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0)
  const reserved = await reserveIds(db, {
    articles: sum(items.map(({ plan }) => plan.articles.length)),
    departments: sum(newNames.map(({ departments }) => departments.length)),
    import_runs: items.filter(({ importRun }) => importRun).length,
    issues: items.length,
    people: sum(newNames.map(({ people }) => people.length)),
    photos: sum(captionCounts),
  })
  const tables: TableRecords[] = []
  const versioned: VersionedTables[] = []
  const written = items.map(({ importRun, importRunId = null, officeId, plan }, index) => {
    const names = newNames[index] ?? { departments: [], people: [] }
    const named: NamedIds = found.get(officeId) ?? {
      departments: new Map<string, number>(),
      people: new Map<string, number>(),
    }
    const withIds = (list: string[], kind: 'departments' | 'people'): NewNamed[] =>
      takeIds(reserved[kind], list.length).map((id, position) => {
        const name = list[position] ?? ''
        named[kind].set(name, id)
        return { id, name }
      })
    const newDepartments = withIds(names.departments, 'departments')
    const newPeople = withIds(names.people, 'people')
    const articleIds = takeIds(reserved.articles, plan.articles.length)
    const photoIds = plan.articles.map((article) =>
      takeIds(reserved.photos, article.captions.length),
    )
    const bodies = plan.articles.map((article, articleIndex) =>
      buildArticleBody({
        editorConfig,
        paragraphs: article.paragraphs,
        photos: (photoIds[articleIndex] ?? []).map((id) => ({ id, relationTo: 'photos' })),
      }),
    )
    const issueId = takeIds(reserved.issues, 1)[0] ?? Number.NaN
    const runId = importRun ? (takeIds(reserved.import_runs, 1)[0] ?? null) : importRunId
    const [now = new Date().toISOString(), ...timestamps] = reserveTimestamps(
      plan.articles.length + 1,
    )
    const records = planRecords({
      bodies,
      departments: named.departments,
      ids: { articles: articleIds, issue: issueId, photos: photoIds },
      importRunId: runId,
      newDepartments,
      newPeople,
      now,
      officeId,
      people: named.people,
      plan,
      slugs: slugs[index] ?? { articles: [], departments: [], issue: '', people: [] },
      timestamps,
    })
    const created: CreatedDocuments = {
      articles: articleIds,
      departments: newDepartments.map(({ id }) => id),
      issue: issueId,
      people: newPeople.map(({ id }) => id),
      photos: photoIds.flat(),
    }
    const counts: PersistCounts = {
      articles: created.articles.length,
      departments: created.departments.length,
      people: created.people.length,
      photos: created.photos.length,
    }
    if (importRun && runId !== null) {
      tables.push(
        ...importRunRecords({
          ...importRun,
          counts,
          created:
            importRun.createdOfficeId === undefined
              ? created
              : { ...created, office: importRun.createdOfficeId },
          id: runId,
          now,
          officeId,
        }),
      )
    }
    tables.push(...records.tables)
    versioned.push(...records.versioned)
    return { counts, created, importRunId: runId, issueId }
  })
  const merged = mergeTables(tables)
  const mergedVersions = mergeVersioned(versioned)
  await executeWithoutForeignKeyChecks({
    db,
    schemaKey,
    statement: combineInsertStatements([
      ...merged.map((table) => buildInsertStatement(table, columnTypes)),
      ...mergedVersions.flatMap((versions) => versionInserts(versions, columnTypes)),
    ]),
    tables: merged,
    writtenTables: [
      ...merged.map(({ table }) => table),
      ...mergedVersions.flatMap((versions) => versionTablesOf(versions)),
    ],
  })
  return written
}

/** Writes one planned issue inside the caller's transaction (see writePlansInBulk). */
export const writePlanInBulk = async ({
  db,
  editorConfig,
  schemaKey,
  ...item
}: PlanToWrite & {
  db: TransactionDb
  editorConfig: SanitizedServerEditorConfig
  schemaKey: object
}): Promise<WrittenPlan> => {
  const [written] = await writePlansInBulk({ db, editorConfig, items: [item], schemaKey })
  if (!written) throw new Error('bulk import: the issue was not written')
  return written
}
