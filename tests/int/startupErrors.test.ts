import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findFreePort } from '../../src/db/findFreePort'
import { nonEmptyLines, runLauncher } from './helpers/runLauncher'

let scratchDir: string

describe('bad configuration', () => {
  beforeAll(async () => {
    scratchDir = await mkdtemp(path.join(tmpdir(), 'bulletin-startup-'))
  })

  afterAll(async () => {
    await rm(scratchDir, { force: true, recursive: true })
  })

  it('should stop with one sentence when DATABASE_URL is unreachable', async () => {
    const closedPort = await findFreePort()
    const result = await runLauncher({
      DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${closedPort}/bulletin`,
      PORT: String(await findFreePort()),
    })
    expect({ exitCode: result.exitCode, stderr: nonEmptyLines(result.stderr) }).toEqual({
      exitCode: 1,
      stderr: [
        expect.stringMatching(/Cannot reach the database at DATABASE_URL .*unset DATABASE_URL/),
      ],
    })
  })

  it('should stop with one sentence when the port is in use', async () => {
    const server = net.createServer()
    const port = await findFreePort()
    await new Promise<void>((resolve) => server.listen(port, resolve))
    const result = await runLauncher({ PORT: String(port) })
    server.close()
    expect({ exitCode: result.exitCode, stderr: nonEmptyLines(result.stderr) }).toEqual({
      exitCode: 1,
      stderr: [
        expect.stringMatching(new RegExp(`Port ${port} is already in use.*PORT=${port + 1}`)),
      ],
    })
  })

  it('should stop with one sentence when the data folder is from another PostgreSQL major', async () => {
    const dataDir = path.join(scratchDir, 'old-cluster')
    await mkdir(dataDir, { recursive: true })
    await writeFile(path.join(dataDir, 'PG_VERSION'), '16\n')
    const result = await runLauncher({
      EMBEDDED_POSTGRES_DIR: dataDir,
      PORT: String(await findFreePort()),
    })
    expect({ exitCode: result.exitCode, stderr: nonEmptyLines(result.stderr) }).toEqual({
      exitCode: 1,
      stderr: [
        expect.stringMatching(
          /made by PostgreSQL 16 but this app runs PostgreSQL 18; move that folder away/,
        ),
      ],
    })
  })
})
