import { generateRateLimiter } from './generateRateLimiter'
import { readRateLimitSettings } from './readRateLimitSettings'

const key = Symbol.for('payload-plugin-bulletin.rateLimiter')

type Holder = { [key]?: ReturnType<typeof generateRateLimiter> }

/**
 * The process's rate limiter, made from the environment on first use. Kept on globalThis: Next's
 * proxy and the production server's cache fast path (src/server/) are separate copies of this
 * module, and a client's requests must count against one bucket whichever answered them.
 */
export const getProcessRateLimiter = (): ReturnType<typeof generateRateLimiter> => {
  const holder = globalThis as Holder
  holder[key] ??= generateRateLimiter(readRateLimitSettings())
  return holder[key]
}
