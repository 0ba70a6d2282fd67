import type { Payload } from 'payload'

import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { importBulletinFiles } from '../importers/bulletin/persist/importBulletinFiles'

const seedBulletinDir = path.resolve('seed', 'bulletins')

/**
 * On a database with no issue yet, imports the bulletins that ship in seed/bulletins, so a new
 * installation has content to look at. Returns how many files it imported.
 */
export const importSeedBulletins = async ({ payload }: { payload: Payload }): Promise<number> => {
  const { totalDocs } = await payload.count({ collection: 'issues' })
  if (totalDocs > 0 || process.env.SEED_BULLETINS === 'false') return 0
  const files = (await readdir(seedBulletinDir)).filter((file) => file.endsWith('.txt')).sort()
  const outcomes = await importBulletinFiles({
    files: files.map((file) => ({
      fileName: file,
      read: () => readFile(path.join(seedBulletinDir, file)),
    })),
    onOutcome: (outcome, file) => {
      if (outcome.status !== 'succeeded')
        payload.logger.warn(
          `Seed bulletin ${file}: ${outcome.status === 'failed' ? outcome.error : outcome.status}`,
        )
    },
    payload,
    source: 'cli',
  })
  const imported = outcomes.filter((outcome) => outcome.status === 'succeeded').length
  return imported
}
