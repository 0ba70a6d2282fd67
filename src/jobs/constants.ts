export const importQueue = 'bulletin-imports'
export const importBulletinTaskSlug = 'importBulletin'
export const scanInboxTaskSlug = 'scanInbox'
/** A job still marked processing after this long belongs to a worker that died. */
export const jobLeaseMs = 10 * 60 * 1000
/** Revalidation webhooks have their own queue, so a long import never delays them. */
export const revalidationQueue = 'bulletin-revalidation'
export const sendRevalidationWebhookTaskSlug = 'sendRevalidationWebhook'
/** Header names of a revalidation webhook request. */
export const webhookSignatureHeader = 'x-bulletin-signature'
export const webhookTimestampHeader = 'x-bulletin-timestamp'
