import { spawnSync } from 'node:child_process'

import { readAuditReport } from './readAuditReport'

/**
 * `npm run audit`: fails on any high or critical advisory in the production dependencies. When
 * the advisory endpoint cannot be reached (offline, or a registry mirror without it) it says so
 * in one line and does not fail: nothing was checked, and the line says that too.
 */
const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
const verdict = readAuditReport(result.stdout)
if (verdict.kind === 'unreachable') {
  console.log(
    `npm audit: the advisory endpoint could not be reached (${verdict.reason}); dependencies were NOT checked`,
  )
} else if (verdict.kind === 'vulnerable') {
  console.error(
    `npm audit: high or critical advisories in production dependencies: ${verdict.summary}`,
  )
  process.exit(1)
} else {
  console.log(`npm audit: no high or critical advisories (${verdict.summary})`)
}
