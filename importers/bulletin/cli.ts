import { readFile } from 'node:fs/promises'

import { parseBulletin } from './parseBulletin'

const readErrors: Record<string, string> = {
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  ENOENT: 'no such file',
}

/** `npm run parse -- FILE`: the parsed issue as JSON on stdout, or one line on stderr. */
const main = async (): Promise<number> => {
  const file = process.argv[2]
  if (!file) {
    console.error('usage: npm run parse -- FILE')
    return 2
  }
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    console.error(`cannot read ${file}: ${readErrors[code] ?? code}`)
    return 1
  }
  try {
    const result = parseBulletin(bytes)
    if (!result.ok) {
      console.error(`${file}: ${result.error}`)
      return 1
    }
    process.stdout.write(`${JSON.stringify(result.issue, null, 2)}\n`)
    return 0
  } catch (error) {
    // The pipeline collects problems as diagnostics; reaching here is a parser bug.
    const message = error instanceof Error ? error.message : String(error)
    console.error(`${file}: parser failed: ${message.split('\n')[0] ?? ''}`)
    return 1
  }
}

process.exitCode = await main()
