import type { Payload } from 'payload'

import { appMigrations } from '../src/db/appMigrations'
import type { CreatedAdmin } from './ensureAdminUser'
import { ensureAdminUser } from './ensureAdminUser'
import { importSeedBulletins } from './importSeedBulletins'
import { ensureSeedOffices } from './seedOffices'

export type PreparedDatabase = {
  admin: CreatedAdmin | null
  bulletinsImported: number
  officesCreated: number
}

/**
 * Brings a database up to date and seeds what a first run needs: pending migrations, the seed
 * offices, a first administrator, and on a database without issues the seed bulletins. Safe to
 * run on every start.
 */
export const prepareDatabase = async (payload: Payload): Promise<PreparedDatabase> => {
  await payload.db.migrate({ migrations: appMigrations })
  const officesCreated = await ensureSeedOffices({ payload })
  const admin = await ensureAdminUser({ payload })
  const bulletinsImported = await importSeedBulletins({ payload })
  return { admin, bulletinsImported, officesCreated }
}
