import { spawn } from 'node:child_process'
import path from 'node:path'

/**
 * The secret `next build` evaluates the Payload config with (production mode needs one). The
 * servers run the build with their own: a build must not depend on the secret it is served with.
 */
const buildSecret = 'production-build-test-secret'

/** A build may take minutes on a loaded two-core machine; past this it is stuck, not slow. */
const buildTimeoutMs = 900_000

/** The environment of `npm run build` into `distDir`: production mode, no database needed. */
const productionBuildEnv = (env: NodeJS.ProcessEnv, distDir: string): NodeJS.ProcessEnv => ({
  ...env,
  DATABASE_URL: '',
  NEXT_DIST_DIR: distDir,
  // As the launcher does for `npm run dev` and `npm start`: tests send Next no telemetry.
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  PAYLOAD_SECRET: buildSecret,
})

/**
 * `npm run build` (src/bin/build.ts) into `distDir`, as a deployment builds. Its output is kept
 * quiet and shown only when the build fails, under a one-line error that says which build it
 * was; `env` should carry the `--conditions=production` NODE_OPTIONS the npm script adds.
 */
export const buildProductionApp = ({
  distDir,
  env,
}: {
  distDir: string
  env: NodeJS.ProcessEnv
}): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/bin/build.ts'], {
      env: productionBuildEnv(env, distDir),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: buildTimeoutMs,
    })
    let output = ''
    const collect = (chunk: Buffer) => (output += chunk.toString())
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (code === 0) return resolve()
      const ending = signal ? `was stopped by ${signal}` : `exited with code ${code}`
      reject(new Error(`npm run build into ${distDir} ${ending}; its output:\n${output}`))
    })
  })
