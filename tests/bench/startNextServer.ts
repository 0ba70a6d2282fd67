import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import path from 'node:path'

export type RunningServer = { baseUrl: string; output: () => string; stop: () => Promise<void> }

/**
 * Starts a process and waits until `readyUrl` answers (any status but 5xx): the production
 * server of a build, or the raw baseline server.
 */
export const startServer = async ({
  args,
  command = process.execPath,
  env,
  port,
  readyPath,
  timeoutMs = 120_000,
}: {
  args: string[]
  command?: string
  env: Record<string, string>
  port: number
  readyPath: string
  timeoutMs?: number
}): Promise<RunningServer> => {
  let output = ''
  const child: ChildProcess = spawn(command, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && child.exitCode === null) {
    const status = await fetch(`${baseUrl}${readyPath}`).then(
      (response) => response.status,
      () => 0,
    )
    if (status !== 0 && status < 500) return { baseUrl, output: () => output, stop }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`${args.join(' ')} did not start:\n${output}`)
}

/**
 * The production web server `npm start` runs (src/bin/serveNext.ts: Next behind the response
 * cache's fast path) on a port, serving the build in NEXT_DIST_DIR.
 */
export const startNextServer = (env: Record<string, string>, port: number, readyPath: string) =>
  startServer({
    args: ['--import', 'tsx', path.resolve('src/bin/serveNext.ts')],
    env,
    port,
    readyPath,
  })
