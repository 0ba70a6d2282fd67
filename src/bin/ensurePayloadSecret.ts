import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

const secretFile = path.resolve('.data', 'payload-secret')

/** Sets PAYLOAD_SECRET from .data/ (made once) when the environment does not give one. */
export const ensurePayloadSecret = async (): Promise<void> => {
  if (process.env.PAYLOAD_SECRET) return
  if (!existsSync(secretFile)) {
    await mkdir(path.dirname(secretFile), { recursive: true })
    await writeFile(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  process.env.PAYLOAD_SECRET = (await readFile(secretFile, 'utf8')).trim()
}
