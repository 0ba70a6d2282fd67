import { StartupError } from '../db/startupError'

/** One sentence for configuration problems; the full error for anything unexpected. */
export const printStartupError = (error: unknown): void => {
  if (error instanceof StartupError) console.error(`\n✖ ${error.message}\n`)
  else console.error(error)
}
