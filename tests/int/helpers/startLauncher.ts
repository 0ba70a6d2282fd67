import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import path from 'node:path'

export type RunningLauncher = {
  baseUrl: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * Starts `npm run dev`'s launcher on a port with extra environment and waits until Next is
 * ready. Each instance needs its own NEXT_DIST_DIR.
 */
export const startLauncher = async ({
  env,
  port,
  timeoutMs = 240_000,
}: {
  env: Record<string, string>
  port: number
  timeoutMs?: number
}): Promise<RunningLauncher> => {
  let output = ''
  const child: ChildProcess = spawn(path.resolve('node_modules/.bin/tsx'), ['src/bin/dev.ts'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const collect = (chunk: Buffer) => (output += chunk.toString())
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGINT')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  const isReady = await new Promise<boolean>((resolve) => {
    const timer = setInterval(() => {
      if (/Ready in/.test(output)) finish(true)
    }, 250)
    const deadline = setTimeout(() => finish(false), timeoutMs)
    child.once('exit', () => finish(false))
    const finish = (ready: boolean) => {
      clearInterval(timer)
      clearTimeout(deadline)
      resolve(ready)
    }
  })
  if (!isReady) {
    await stop()
    throw new Error(`npm run dev did not start:\n${output}`)
  }
  return { baseUrl: `http://127.0.0.1:${port}`, output: () => output, stop }
}
