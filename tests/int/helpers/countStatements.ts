import { AsyncLocalStorage } from 'node:async_hooks'
import pg from 'pg'

const counting = new AsyncLocalStorage<{ statements: number }>()

/**
 * Runs `run` and counts the SQL statements it sent (Payload's pool and drizzle both end in
 * Client#query). Only statements sent from `run`'s own async context count: a background query
 * meanwhile (the job runner's poll, the cache LISTEN, the search index's refresh) does not.
 */
export const countStatements = async <T>(
  run: () => Promise<T>,
): Promise<{ result: T; statements: number }> => {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const original = prototype.query
  const tally = { statements: 0 }
  prototype.query = function (this: unknown, ...args: unknown[]) {
    if (counting.getStore() === tally) tally.statements++
    return original.apply(this, args)
  }
  try {
    const result = await counting.run(tally, run)
    return { result, statements: tally.statements }
  } finally {
    prototype.query = original
  }
}
