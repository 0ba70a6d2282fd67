import type { Payload } from 'payload'

import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { importBulletinFile } from '../importers/bulletin/persist/importBulletinFile'

const seedBulletinDir = path.resolve('seed', 'bulletins')

/**
 * On a database with no issue yet, imports the bulletins that ship in seed/bulletins, so a new
 * installation has content to look at. Returns how many files it imported.
 */
export const importSeedBulletins = async ({ payload }: { payload: Payload }): Promise<number> => {
  const { totalDocs } = await payload.count({ collection: 'issues' })
  if (totalDocs > 0 || process.env.SEED_BULLETINS === 'false') return 0
  const files = (await readdir(seedBulletinDir)).filter((file) => file.endsWith('.txt')).sort()
  let imported = 0
  for (const file of files) {
    const outcome = await importBulletinFile({
      bytes: await readFile(path.join(seedBulletinDir, file)),
      fileName: file,
      payload,
      source: 'cli',
    })
    if (outcome.status === 'succeeded') imported++
    else
      payload.logger.warn(
        `Seed bulletin ${file}: ${outcome.status === 'failed' ? outcome.error : outcome.status}`,
      )
  }
  return imported
}
