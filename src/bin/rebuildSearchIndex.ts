import { getPayload } from 'payload'

import { poolDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import { defaultSlugs } from '../constants'
import { resolveDatabase } from '../db/resolveDatabase'
import { rebuildSearchIndex } from '../search/indexArticles'
import { resolveSearchTables } from '../search/searchTables'
import { ensurePayloadSecret } from './ensurePayloadSecret'
import { printStartupError } from './printStartupError'

/**
 * `npm run search:rebuild`: re-indexes every published article in one transaction (searches
 * meanwhile see the old index), after a bulk load that bypassed Payload or a change of the way
 * text is segmented.
 */
try {
  await ensurePayloadSecret()
  const database = await resolveDatabase()
  process.env.DATABASE_URL = database.url
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  const started = performance.now()
  const { indexed } = await poolDb(payload).transaction((tx) =>
    rebuildSearchIndex({ db: tx, tables: resolveSearchTables({ payload, slugs: defaultSlugs }) }),
  )
  payload.logger.info(
    `Search index rebuilt: ${indexed} published articles in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  await payload.destroy()
  await database.stop()
  process.exit(0)
} catch (error) {
  printStartupError(error)
  process.exit(1)
}
