import { spawn } from 'node:child_process'
import path from 'node:path'

export type LauncherResult = { exitCode: null | number; stderr: string; stdout: string }

/** Runs `npm run dev`'s launcher with extra environment, as a newcomer's shell would. */
export const runLauncher = (env: Record<string, string>): Promise<LauncherResult> =>
  new Promise((resolve) => {
    const tsx = path.resolve('node_modules/.bin/tsx')
    const child = spawn(tsx, ['src/bin/dev.ts'], {
      env: { ...process.env, DATABASE_URL: '', PAYLOAD_SECRET: 'launcher-test-secret', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (exitCode) => resolve({ exitCode, stderr, stdout }))
  })

/** The non-empty lines of a stream's output. */
export const nonEmptyLines = (text: string): string[] =>
  text.split('\n').filter((line) => line.trim() !== '')
