import type { TaskConfig } from 'payload'

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { ImportOutcome } from '../../importers/bulletin/persist/importBulletinFile'
import { importBulletinFile } from '../../importers/bulletin/persist/importBulletinFile'
import { importBulletinTaskSlug } from './constants'
import { inboxFolders } from './inboxFolders'

type ImportBulletinInput = {
  claimedPath?: string
  importRunId?: number
  officeSlug?: null | string
}

/** Files claimed from the inbox are named <uuid>--<original name>. */
const originalNameOf = (claimedPath: string): string =>
  path.basename(claimedPath).replace(/^[0-9a-f-]{36}--/u, '')

/** Moves a handled inbox file to processed/ or failed/, the latter with a reason file. */
const fileAway = async (claimedPath: string, outcome: ImportOutcome): Promise<void> => {
  const folders = inboxFolders(path.dirname(path.dirname(claimedPath)))
  const target = outcome.status === 'failed' ? folders.failed : folders.processed
  await mkdir(target, { recursive: true })
  const destination = path.join(target, path.basename(claimedPath))
  await rename(claimedPath, destination)
  if (outcome.status === 'failed')
    await writeFile(`${destination}.reason.txt`, `${outcome.error}\n`)
}

/** Imports one bulletin: a file claimed from the inbox, or the file of an uploaded import run. */
export const generateImportBulletinTask = ({
  importFilesStaticDir,
}: {
  importFilesStaticDir: string
}): TaskConfig => ({
  handler: async ({ input, req }) => {
    const { claimedPath, importRunId, officeSlug } = input as ImportBulletinInput
    const { payload } = req
    if (claimedPath) {
      const outcome = await importBulletinFile({
        bytes: await readFile(claimedPath),
        fileName: originalNameOf(claimedPath),
        officeSlug: officeSlug ?? undefined,
        payload,
        source: 'inbox',
      })
      await fileAway(claimedPath, outcome)
      return { output: { status: outcome.status } }
    }
    const run = await payload.findByID({ collection: 'import-runs', id: importRunId ?? -1 })
    const office = typeof run.office === 'object' ? run.office?.slug : undefined
    const outcome = await importBulletinFile({
      bytes: await readFile(path.resolve(importFilesStaticDir, run.filename ?? '')),
      fileName: run.filename ?? 'upload.txt',
      importRunId: run.id,
      officeSlug: office ?? undefined,
      payload,
      source: 'upload',
    })
    return { output: { status: outcome.status } }
  },
  inputSchema: [
    { name: 'claimedPath', type: 'text' },
    { name: 'officeSlug', type: 'text' },
    { name: 'importRunId', type: 'number' },
  ],
  label: 'Import a bulletin file',
  retries: 2,
  slug: importBulletinTaskSlug,
})
