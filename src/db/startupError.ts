/** A configuration problem the launcher reports as one sentence, without a stack trace. */
export class StartupError extends Error {
  override name = 'StartupError'
}
