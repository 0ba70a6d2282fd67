import path from 'node:path'

/** The folders of an import inbox: new files at the top or in a folder per office slug. */
export const inboxFolders = (inbox: string) => ({
  failed: path.join(inbox, 'failed'),
  processed: path.join(inbox, 'processed'),
  processing: path.join(inbox, '.processing'),
})

/** Folder names inside the inbox that are not office slugs. */
export const reservedInboxFolders = new Set(['failed', 'processed', '.processing'])
