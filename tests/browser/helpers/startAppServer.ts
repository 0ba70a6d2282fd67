import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { findFreePort } from '../../../src/db/findFreePort'
import { readProductionBuildDir } from './readProductionBuildDir'

/** Which npm script starts the app: `npm start` (a production build) or `npm run dev`. */
export type AppLauncher = 'dev' | 'start'

export type AppServer = {
  /** The first administrator's password, as the launcher printed it. */
  adminPassword: string
  baseUrl: string
  /** Everything the server printed so far. */
  output: () => string
  stop: () => Promise<void>
}

/** `next dev` prints `✓ Ready in …`; the production server (serveNext.ts) `✓ Ready`. */
const readyPattern = /✓ Ready/

/** What differs between the launchers here: the build folder, and who runs queued jobs. */
const launcherEnv = (launcher: AppLauncher): Record<string, string> =>
  launcher === 'dev'
    ? // Beside a developer's running dev server, which builds into .next.
      { NEXT_DIST_DIR: '.next-test' }
    : {
        NEXT_DIST_DIR: readProductionBuildDir(),
        // Imports from the dashboard are queued jobs. `npm run dev` runs them in the app; in
        // production `npm run worker` does, unless the app is told to, as here.
        RUN_JOBS_IN_APP: 'true',
      }

/**
 * The app on its own embedded PostgreSQL in a scratch folder, with the seed bulletins imported:
 * `npm start` serving this run's production build, or `npm run dev` as a newcomer starts it.
 */
export const startAppServer = async ({
  env = {},
  launcher = 'start',
  timeoutMs = 180_000,
}: {
  env?: Record<string, string>
  launcher?: AppLauncher
  timeoutMs?: number
} = {}): Promise<AppServer> => {
  const scratchDir = await mkdtemp(path.join(tmpdir(), 'bulletin-browser-'))
  // The embedded server runs as the `postgres` user when tests run as root.
  await chmod(scratchDir, 0o755)
  const port = await findFreePort()
  let output = ''
  const start = (): ChildProcess => {
    output = ''
    // Node itself with tsx's loader, not the tsx command: stop()'s SIGINT then reaches the
    // launcher, which stops Next and then its database. The tsx command relays a signal and, when
    // the launcher does not acknowledge it within 30 ms (a busy one may not), kills it outright,
    // leaving Next and PostgreSQL running.
    const child = spawn(process.execPath, ['--import', 'tsx', `src/bin/${launcher}.ts`], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        EMBEDDED_POSTGRES_DIR: path.join(scratchDir, 'postgres'),
        PAYLOAD_SECRET: 'browser-test-secret',
        PORT: String(port),
        ...launcherEnv(launcher),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const collect = (chunk: Buffer) => (output += chunk.toString())
    child.stdout?.on('data', collect)
    child.stderr?.on('data', collect)
    return child
  }
  const waitUntilReady = (child: ChildProcess) =>
    new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        if (readyPattern.test(output)) finish(true)
      }, 250)
      const deadline = setTimeout(() => finish(false), timeoutMs)
      child.once('exit', () => finish(false))
      const finish = (isReady: boolean) => {
        clearInterval(timer)
        clearTimeout(deadline)
        resolve(isReady)
      }
    })
  let server = start()
  // A launch that printed nothing at all was seen, rarely, on a loaded machine: try once more.
  if (!(await waitUntilReady(server))) {
    server.kill('SIGKILL')
    server = start()
    if (!(await waitUntilReady(server))) {
      server.kill('SIGKILL')
      throw new Error(`npm ${launcher === 'dev' ? 'run dev' : 'start'} did not start:\n${output}`)
    }
  }
  const running = server
  return {
    adminPassword: output.match(/Password \(shown once[^:]*\): (\S+)/)?.[1] ?? '',
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      if (running.exitCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve))
        running.kill('SIGINT')
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
        if (running.exitCode === null) running.kill('SIGKILL')
      }
      await rm(scratchDir, { force: true, recursive: true })
    },
  }
}
