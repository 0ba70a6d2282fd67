import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { mkdir, readdir, rename } from 'node:fs/promises'
import path from 'node:path'

import { importBulletinTaskSlug, importQueue } from './constants'
import { inboxFolders, reservedInboxFolders } from './inboxFolders'
import { toSafeFileName } from './toSafeFileName'

type InboxFile = { officeSlug: null | string; source: string }

const listNewFiles = async (inbox: string): Promise<InboxFile[]> => {
  const entries = await readdir(inbox, { withFileTypes: true })
  const files: InboxFile[] = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => ({ officeSlug: null, source: path.join(inbox, entry.name) }))
  for (const folder of entries.filter(
    (entry) => entry.isDirectory() && !reservedInboxFolders.has(entry.name),
  )) {
    const inner = await readdir(path.join(inbox, folder.name), { withFileTypes: true })
    files.push(
      ...inner
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => ({
          officeSlug: folder.name,
          source: path.join(inbox, folder.name, entry.name),
        })),
    )
  }
  return files
}

/**
 * Claims each new inbox file by moving it into .processing/ (a rename: of several workers
 * scanning one inbox, exactly one wins each file) and queues one import job per claimed file.
 */
export const scanInbox = async ({
  inbox,
  payload,
}: {
  inbox: string
  payload: Payload
}): Promise<number> => {
  const folders = inboxFolders(inbox)
  await mkdir(folders.processing, { recursive: true })
  let queued = 0
  for (const file of await listNewFiles(inbox)) {
    const claimed = path.join(
      folders.processing,
      `${randomUUID()}--${toSafeFileName(path.basename(file.source))}`,
    )
    try {
      await rename(file.source, claimed)
    } catch {
      continue // another worker claimed it first
    }
    await payload.jobs.queue({
      input: { claimedPath: claimed, officeSlug: file.officeSlug },
      queue: importQueue,
      task: importBulletinTaskSlug,
    })
    queued++
  }
  return queued
}
