import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** Bulletin files named on the command line: files as given, folders' regular files (not nested). */
export const listBulletinFiles = async (inputs: string[]): Promise<string[]> => {
  const files: string[] = []
  for (const input of inputs) {
    const info = await stat(input)
    if (!info.isDirectory()) {
      files.push(input)
      continue
    }
    const entries = await readdir(input, { withFileTypes: true })
    files.push(
      ...entries
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => path.join(input, entry.name))
        .sort(),
    )
  }
  return files
}
