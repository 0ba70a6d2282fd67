import { readFile } from 'node:fs/promises'

import { parseBulletin } from './parseBulletin'

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
    const code = (error as NodeJS.ErrnoException).code
    console.error(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}`,
    )
    return 1
  }
  const result = parseBulletin(bytes)
  if (!result.ok) {
    console.error(`${file}: ${result.error}`)
    return 1
  }
  process.stdout.write(`${JSON.stringify(result.issue, null, 2)}\n`)
  return 0
}

process.exitCode = await main()
