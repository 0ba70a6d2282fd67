import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { buildInsertStatement } from '../../importers/bulletin/persist/bulk/buildInsertStatement'
import { executeWithoutForeignKeyChecks } from '../../importers/bulletin/persist/bulk/executeWithoutForeignKeyChecks'
import { readColumnTypes } from '../../importers/bulletin/persist/bulk/readColumnTypes'
import type { TableRecords } from '../../importers/bulletin/persist/bulk/tableRecords'
import type { TransactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import { transactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import type { TestPayload } from './helpers/initTestPayload'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'

let testPayload: TestPayload
let officeId: number
let req: PayloadRequest | undefined

/** A department of the office, as the bulk writer would send it. */
const departmentRows = (office: number, name: string): TableRecords => {
  const now = new Date().toISOString()
  return {
    records: [{ created_at: now, name, office_id: office, slug: name, updated_at: now }],
    table: 'departments',
  }
}

/** Inserts the rows in a transaction left open (see afterEach), the catalogue read afresh. */
const insertDepartment = async ({
  before,
  office,
}: {
  before?: (db: TransactionDb) => Promise<unknown>
  office: number
}) => {
  const { payload } = testPayload
  req = await createLocalReq({}, payload)
  await initTransaction(req)
  const db = await transactionDb({ payload, req })
  await before?.(db)
  const table = departmentRows(office, `科室${Math.random()}`)
  await executeWithoutForeignKeyChecks({
    db,
    schemaKey: {},
    statement: buildInsertStatement(table, await readColumnTypes(db, payload.db)).statement,
    tables: [table],
    writtenTables: ['departments'],
  })
  return db
}

/** PostgreSQL's own check refused the row (drizzle wraps its error). */
const foreignKeyViolation = { cause: { code: '23503' } }

const departmentCount = async () =>
  (await testPayload.payload.count({ collection: 'departments' })).totalDocs

describe('bulk inserts without foreign-key checks', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    officeId = (
      await testPayload.payload.create({ collection: 'offices', data: { name: '外键街道' } })
    ).id
  })

  afterEach(async () => {
    if (req) await killTransaction(req)
    req = undefined
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should refuse rows that refer to a row that is gone, as the foreign key would', async () => {
    await expect(insertDepartment({ office: officeId + 1000 })).rejects.toThrow(/is gone/)
  })

  it('should keep the rows it refers to from being deleted until the import ends', async () => {
    await insertDepartment({ office: officeId })
    const other = new pg.Client({ connectionString: testPayload.database.url })
    await other.connect()
    try {
      await other.query(`set lock_timeout = '300ms'`)
      await expect(other.query('delete from offices where id = $1', [officeId])).rejects.toThrow(
        /lock timeout/,
      )
    } finally {
      await other.end()
    }
  })

  it('should run the checks when a table written has a trigger of its own', async () => {
    const before = await departmentCount()
    await expect(
      insertDepartment({
        before: (db) =>
          db.execute(sql`
            create function keep_departments() returns trigger language plpgsql
              as $$ begin return new; end $$;
            create trigger keep_departments before insert on departments
              for each row execute function keep_departments()`),
        office: officeId + 1000,
      }),
    ).rejects.toMatchObject(foreignKeyViolation)
    expect(await departmentCount()).toBe(before)
  })

  it('should run the checks when the role may not skip them', async () => {
    const role = sql.raw(`bulletin_importer_${Date.now()}`)
    await expect(
      insertDepartment({
        before: (db) =>
          db.execute(sql`
            create role ${role};
            grant all on all tables in schema public to ${role};
            grant all on all sequences in schema public to ${role};
            set local role ${role}`),
        office: officeId + 1000,
      }),
    ).rejects.toMatchObject(foreignKeyViolation)
  })
})
