import type { RequestClass } from './classifyRequest'
import type { RateLimitSettings } from './readRateLimitSettings'

import { classifyRequest } from './classifyRequest'
import { createTokenBucket } from './createTokenBucket'
import { identifyClient } from './identifyClient'

const minuteMs = 60_000

export type RateLimitedRequest = {
  body: null | string
  forwardedFor: null | string
  method: string
  pathname: string
}

/** 429 with Retry-After and a one-line reason, in Payload's error shape. */
const tooManyRequests = (retryAfterSeconds: number): Response =>
  Response.json(
    {
      errors: [
        {
          message: `请求过于频繁，请 ${retryAfterSeconds} 秒后再试 (too many requests; retry in ${retryAfterSeconds} s)`,
        },
      ],
    },
    { headers: { 'retry-after': String(retryAfterSeconds) }, status: 429 },
  )

/**
 * The app's rate limiter: a token bucket per client for logins and one for the rest of the
 * API. Answers a 429 response when the client has no token left, null to let it through.
 */
export const generateRateLimiter = (settings: RateLimitSettings) => {
  const buckets: Record<
    Exclude<RequestClass, null>,
    ReturnType<typeof createTokenBucket> | null
  > = {
    api:
      settings.apiPerMinute > 0
        ? createTokenBucket({ capacity: settings.apiPerMinute, windowMs: minuteMs })
        : null,
    login:
      settings.loginPerMinute > 0
        ? createTokenBucket({ capacity: settings.loginPerMinute, windowMs: minuteMs })
        : null,
  }
  return (request: RateLimitedRequest): null | Response => {
    const requestClass = classifyRequest(request)
    const bucket = requestClass ? buckets[requestClass] : null
    if (!bucket) return null
    const client = identifyClient({
      forwardedFor: request.forwardedFor,
      trustedProxyHops: settings.trustedProxyHops,
    })
    const result = bucket.take(client)
    return result.isAllowed ? null : tooManyRequests(result.retryAfterSeconds)
  }
}
