import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The signature of a webhook body: HMAC-SHA256, keyed with the office's secret, over
 * `<timestamp>.<body>`, written `sha256=<hex>`. The timestamp (Unix seconds, sent in its own
 * header) is signed too, so a captured request cannot be replayed later with a fresh one.
 */
export const signWebhookBody = ({
  body,
  secret,
  timestamp,
}: {
  body: string
  secret: string
  timestamp: string
}): string => `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

/**
 * What a receiving site runs: true when the signature matches and the timestamp is within
 * `toleranceSeconds` of `now` (both ways, for clock skew).
 */
export const verifyWebhookSignature = ({
  body,
  now = Date.now(),
  secret,
  signature,
  timestamp,
  toleranceSeconds = 300,
}: {
  body: string
  now?: number
  secret: string
  signature: string
  timestamp: string
  toleranceSeconds?: number
}): boolean => {
  const seconds = Number(timestamp)
  if (!Number.isInteger(seconds) || Math.abs(now / 1000 - seconds) > toleranceSeconds) return false
  const expected = Buffer.from(signWebhookBody({ body, secret, timestamp }))
  const received = Buffer.from(signature)
  return expected.length === received.length && timingSafeEqual(expected, received)
}
