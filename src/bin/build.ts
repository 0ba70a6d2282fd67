import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

import { ensurePayloadSecret } from './ensurePayloadSecret'

// `next build` evaluates the Payload config, which needs a secret in production mode.
await ensurePayloadSecret()
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
const { status } = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' })
process.exit(status ?? 1)
