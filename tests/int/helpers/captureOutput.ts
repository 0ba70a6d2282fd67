import type { ChildProcess } from 'node:child_process'

/** What a child process has printed so far, on stdout and stderr together. */
export type CapturedOutput = {
  text: () => string
  /** Resolves once the output matches `pattern`; rejects with the output after `timeoutMs`. */
  waitFor: (pattern: RegExp, timeoutMs: number) => Promise<void>
}

/** Collects a child's stdout and stderr from now on. */
export const captureOutput = (child: ChildProcess): CapturedOutput => {
  let output = ''
  const collect = (chunk: Buffer) => (output += chunk.toString())
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const waitFor = (pattern: RegExp, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${output}`)), timeoutMs)
      const check = () => {
        if (!pattern.test(output)) return
        clearTimeout(timer)
        child.stdout?.off('data', check)
        child.stderr?.off('data', check)
        resolve()
      }
      child.stdout?.on('data', check)
      child.stderr?.on('data', check)
      check()
    })
  return { text: () => output, waitFor }
}
