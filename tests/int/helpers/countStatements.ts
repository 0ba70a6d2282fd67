import pg from 'pg'

/**
 * Runs `run` and counts the SQL statements every pg client sent meanwhile (Payload's pool and
 * drizzle both end in Client#query).
 */
export const countStatements = async <T>(
  run: () => Promise<T>,
): Promise<{ result: T; statements: number }> => {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const original = prototype.query
  let statements = 0
  prototype.query = function (this: unknown, ...args: unknown[]) {
    statements++
    return original.apply(this, args)
  }
  try {
    const result = await run()
    return { result, statements }
  } finally {
    prototype.query = original
  }
}
