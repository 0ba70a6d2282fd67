import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { textArray } from '../../importers/bulletin/persist/bulk/textArray'
import { poolDb, transactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import {
  writePlanInBulk,
  writePlansInBulk,
} from '../../importers/bulletin/persist/bulk/writePlanInBulk'
import { decodeFile } from '../../importers/bulletin/persist/importBulletinFile'
import type { ImportPlan } from '../../importers/bulletin/persist/toDocuments'
import { toDocuments } from '../../importers/bulletin/persist/toDocuments'
import { parseBulletinText } from '../../importers/bulletin/parseBulletin'
import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'
import { persistPlanWithLocalApi } from './helpers/reference/persistPlanWithLocalApi'

let testPayload: TestPayload
let bulkOffice: number
let referenceOffice: number
let batchOffice: number

const seedDir = path.resolve('seed/bulletins')

/** Each seed bulletin's plan, as the importer makes it. */
const seedPlans = async (): Promise<ImportPlan[]> => {
  const files = (await readdir(seedDir)).filter((file) => file.endsWith('.txt')).sort()
  return Promise.all(
    files.map(async (fileName) => {
      const file = decodeFile({ bytes: await readFile(path.join(seedDir, fileName)), fileName })
      if (!file.decoded.ok) throw new Error(file.decoded.error)
      return toDocuments(parseBulletinText(file.decoded.text), {
        fallbackPeriod: '2021-01',
        sourceFile: {
          encoding: file.decoded.encoding,
          name: fileName,
          sha256: file.sha256,
          size: file.size,
        },
        sourceText: file.decoded.text,
      })
    }),
  )
}

/** The same plan as another file (its own sha256), so it imports as a second issue. */
const reprint = (plan: ImportPlan, copy: number): ImportPlan => ({
  ...plan,
  issue: {
    ...plan.issue,
    sourceFile: { ...plan.issue.sourceFile, sha256: `${plan.issue.sourceFile.sha256}-${copy}` },
  },
})

type Labels = Map<string, Map<number, string>>

const volatileKeys = new Set(['createdAt', 'id', 'office', 'updatedAt', '_uuid'])

/** Replaces every id with what the document it names is called, and drops ids and timestamps. */
const canonical = (value: unknown, labels: Labels, key = ''): unknown => {
  const relationOf: Record<string, string> = {
    article: 'articles',
    // Join fields, listing articles.
    articles: 'articles',
    authored: 'articles',
    mentionedIn: 'articles',
    photographed: 'articles',
    authors: 'people',
    department: 'departments',
    issue: 'issues',
    parent: key === 'parent' ? 'parent' : '',
    person: 'people',
    photographer: 'people',
    photographers: 'people',
    photos: 'photos',
  }
  const collection = relationOf[key]
  const label = (id: unknown) => labels.get(collection ?? '')?.get(Number(id)) ?? `? ${String(id)}`
  if (collection && Array.isArray(value)) return value.map(label)
  const joined = (value as { docs?: unknown } | null)?.docs
  if (collection && Array.isArray(joined)) return { ...(value as object), docs: joined.map(label) }
  if (collection && typeof value === 'number') return label(value)
  if (Array.isArray(value)) return value.map((item) => canonical(item, labels))
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // An upload node in a rich-text body names its photo by `value`.
    if (record.type === 'upload') {
      return { photo: labels.get('photos')?.get(Number(record.value)), type: 'upload' }
    }
    return Object.fromEntries(
      Object.entries(record)
        .filter(([name]) => !volatileKeys.has(name))
        .map(([name, item]) => [name, canonical(item, labels, name)]),
    )
  }
  return value
}

const collections = ['issues', 'articles', 'photos', 'people', 'departments'] as const

/** An office's documents and their draft versions, in a form two offices can be compared in. */
const officeContent = async (payload: Payload, officeId: number) => {
  const docs = Object.fromEntries(
    await Promise.all(
      collections.map(async (collection) => {
        const { docs: found } = await payload.find({
          collection,
          depth: 0,
          draft: true,
          pagination: false,
          sort: 'id',
          where: { office: { equals: officeId } },
        })
        return [collection, found as unknown as Record<string, unknown>[]] as const
      }),
    ),
  )
  const labelOf: Record<(typeof collections)[number], (doc: Record<string, unknown>) => string> = {
    articles: (doc) => `${String(doc.position)} ${String(doc.title)}`,
    departments: (doc) => String(doc.name),
    issues: (doc) => String((doc.sourceFile as { sha256: string }).sha256),
    people: (doc) => String(doc.name),
    photos: (doc) => `${String(doc.caption)} @${String(doc.article)}`,
  }
  const labels: Labels = new Map(
    collections.map((collection) => [
      collection,
      new Map((docs[collection] ?? []).map((doc) => [Number(doc.id), labelOf[collection](doc)])),
    ]),
  )
  // Photos are told apart by caption and article, so label those after the articles.
  labels.set(
    'photos',
    new Map(
      (docs.photos ?? []).map((doc) => [
        Number(doc.id),
        `${String(doc.caption)} @${String(labels.get('articles')?.get(Number(doc.article)))}`,
      ]),
    ),
  )
  const versions = await Promise.all(
    (['issues', 'articles'] as const).map(async (collection) => {
      const { docs: found } = await payload.findVersions({
        collection,
        depth: 0,
        pagination: false,
        sort: 'id',
        where: { 'version.office': { equals: officeId } },
      })
      return found.map((version) => ({
        latest: (version as { latest?: boolean }).latest,
        parent: labels.get(collection)?.get(Number(version.parent)),
        version: canonical(version.version, labels),
      }))
    }),
  )
  return {
    ...Object.fromEntries(
      collections.map((collection) => [
        collection,
        (docs[collection] ?? []).map((doc) => canonical(doc, labels)),
      ]),
    ),
    versions,
  }
}

describe('the bulk writer', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    const { payload } = testPayload
    bulkOffice = (await payload.create({ collection: 'offices', data: { name: '批量街道' } })).id
    referenceOffice = (await payload.create({ collection: 'offices', data: { name: '参照街道' } }))
      .id
    batchOffice = (await payload.create({ collection: 'offices', data: { name: '合批街道' } })).id
    const editorConfig = await editorConfigFactory.default({ config: payload.config })
    const plans = await seedPlans()
    // Each bulletin three times (as if reprinted): titles and periods recur within the office,
    // so slugs must be qualified by their issue and numbered exactly as the hooks do it.
    const reprinted = [0, 1, 2].flatMap((copy) =>
      plans.map((plan) => (copy === 0 ? plan : reprint(plan, copy))),
    )
    for (const plan of reprinted) {
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      await persistPlanWithLocalApi({
        importRunId: null,
        officeId: referenceOffice,
        payload,
        plan,
        req,
      })
      await writePlanInBulk({
        db: await transactionDb({ payload, req }),
        editorConfig,
        officeId: bulkOffice,
        plan,
        schemaKey: payload.db,
      })
      await commitTransaction(req)
    }
    // All of them again in one batch: later issues name people and departments, and recur in
    // titles and periods, that earlier issues of the same batch create.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await writePlansInBulk({
      db: await transactionDb({ payload, req }),
      editorConfig,
      items: reprinted.map((plan) => ({ officeId: batchOffice, plan })),
      schemaKey: payload.db,
    })
    await commitTransaction(req)
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should write the seed bulletins exactly as Payload’s Local API does, versions included', async () => {
    const { payload } = testPayload
    const [bulk, reference] = await Promise.all([
      officeContent(payload, bulkOffice),
      officeContent(payload, referenceOffice),
    ])
    expect(bulk).toEqual(reference)
  })

  it('should write issues in one batch as Payload writes them one after another', async () => {
    const { payload } = testPayload
    const [batch, reference] = await Promise.all([
      officeContent(payload, batchOffice),
      officeContent(payload, referenceOffice),
    ])
    expect(batch).toEqual(reference)
  })

  it('should give recurring issues and titles slugs unique within the office', async () => {
    const { docs } = await testPayload.payload.find({
      collection: 'articles',
      draft: true,
      pagination: false,
      select: { slug: true },
      where: { office: { equals: bulkOffice } },
    })
    const slugs = docs.map((doc) => doc.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    const { docs: issues } = await testPayload.payload.find({
      collection: 'issues',
      draft: true,
      pagination: false,
      select: { slug: true },
      sort: 'id',
      where: { office: { equals: bulkOffice } },
    })
    expect(issues.map((issue) => issue.slug).slice(0, 7)).toEqual([
      '2021-01',
      '2021-06',
      '2021-07',
      '2012-07',
      '2021-01-2',
      '2021-01-3',
      '2021-06-2',
    ])
  })

  it('should bind a text array as one parameter that PostgreSQL reads back exactly', async () => {
    const values = ['短消息', 'a"b', 'c\\d', '', 'x,y', '{z}', "it's", 'NULL']
    const { rows } = await poolDb(testPayload.payload).execute<{ value: string }>(
      sql`select unnest(${textArray(values)}) as value`,
    )
    expect(rows.map(({ value }) => value)).toEqual(values)
  })

  it('should have written every seed article', async () => {
    const { totalDocs } = await testPayload.payload.count({
      collection: 'articles',
      where: { office: { equals: bulkOffice } },
    })
    expect(totalDocs).toBe(3 * 39)
  })
})
