import type { CollectionSlug, Payload } from 'payload'

import { isStaff } from '../access/isStaff'

const lockedDocumentsSlug = 'payload-locked-documents' as CollectionSlug

/**
 * Payload adds its document-lock collection after every plugin has run, readable and writable
 * by any logged-in user, so a site's API key could list which documents are being edited and
 * lock them. Locks are for staff only; the admin's own lock handling runs with staff users.
 */
export const restrictLockedDocuments = (payload: Payload): void => {
  const locks = payload.collections[lockedDocumentsSlug]
  if (!locks) return
  Object.assign(locks.config.access, {
    create: isStaff,
    delete: isStaff,
    read: isStaff,
    update: isStaff,
  })
}
