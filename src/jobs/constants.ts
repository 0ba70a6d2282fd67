export const importQueue = 'bulletin-imports'
export const importBulletinTaskSlug = 'importBulletin'
export const scanInboxTaskSlug = 'scanInbox'
/** A job still marked processing after this long belongs to a worker that died. */
export const jobLeaseMs = 10 * 60 * 1000
