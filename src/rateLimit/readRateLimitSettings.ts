import { readOptionalNumber } from '../utilities/readOptionalNumber'

export type RateLimitSettings = {
  /** API requests (REST, GraphQL) per client per minute; 0 turns the limit off. */
  apiPerMinute: number
  /** Login, password-reset and unlock attempts per client per minute; 0 turns it off. */
  loginPerMinute: number
  /** Proxies of our own in front of the app that append to X-Forwarded-For. */
  trustedProxyHops: number
}

export const defaultRateLimits = { apiPerMinute: 600, loginPerMinute: 10, trustedProxyHops: 0 }

/** The limits from RATE_LIMIT_API_PER_MINUTE, RATE_LIMIT_LOGIN_PER_MINUTE, TRUSTED_PROXY_HOPS. */
export const readRateLimitSettings = (): RateLimitSettings => ({
  apiPerMinute: readOptionalNumber('RATE_LIMIT_API_PER_MINUTE') ?? defaultRateLimits.apiPerMinute,
  loginPerMinute:
    readOptionalNumber('RATE_LIMIT_LOGIN_PER_MINUTE') ?? defaultRateLimits.loginPerMinute,
  trustedProxyHops: readOptionalNumber('TRUSTED_PROXY_HOPS') ?? defaultRateLimits.trustedProxyHops,
})
