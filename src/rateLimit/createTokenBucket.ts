export type TokenBucketLimits = {
  /** Requests a client may make at once, and per `windowMs` on average. */
  capacity: number
  /** The time in which a spent bucket fills again. */
  windowMs: number
}

export type TakeResult = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number }

type Bucket = { tokens: number; updatedAt: number }

/** Buckets idle this long are full again and are dropped, so memory stays bounded. */
const pruneEvery = 1000

/**
 * An in-process token bucket per client key: each request takes a token; tokens come back at
 * `capacity / windowMs`. One instance per limit (logins, API).
 */
export const createTokenBucket = (
  { capacity, windowMs }: TokenBucketLimits,
  now: () => number = Date.now,
) => {
  const buckets = new Map<string, Bucket>()
  const refillPerMs = capacity / windowMs
  let takesSincePrune = 0

  const prune = (at: number) => {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (at - bucket.updatedAt) * refillPerMs >= capacity) buckets.delete(key)
    }
  }

  return {
    /** Takes one token for the client, or says how long until one is back. */
    take: (key: string): TakeResult => {
      const at = now()
      takesSincePrune += 1
      if (takesSincePrune >= pruneEvery) {
        takesSincePrune = 0
        prune(at)
      }
      const bucket = buckets.get(key) ?? { tokens: capacity, updatedAt: at }
      const tokens = Math.min(capacity, bucket.tokens + (at - bucket.updatedAt) * refillPerMs)
      if (tokens < 1) {
        buckets.set(key, { tokens, updatedAt: at })
        return { isAllowed: false, retryAfterSeconds: Math.ceil((1 - tokens) / refillPerMs / 1000) }
      }
      buckets.set(key, { tokens: tokens - 1, updatedAt: at })
      return { isAllowed: true }
    },
    /** Clients currently tracked (for tests of the pruning). */
    size: () => buckets.size,
  }
}
