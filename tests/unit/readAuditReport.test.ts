import { describe, expect, it } from 'vitest'

import { readAuditReport } from '../../src/bin/readAuditReport'

const report = (counts: Record<string, number>, vulnerabilities = {}) =>
  JSON.stringify({ metadata: { vulnerabilities: counts }, vulnerabilities })

describe('npm audit verdict', () => {
  it('should pass a report without high or critical advisories', () => {
    expect(readAuditReport(report({ low: 2, moderate: 1 }))).toEqual({
      kind: 'clean',
      summary: '0 critical, 0 high, 1 moderate, 2 low, 0 info',
    })
  })

  it('should fail a report with a high advisory, naming the package', () => {
    const verdict = readAuditReport(
      report({ high: 1 }, { next: { name: 'next', severity: 'high' } }),
    )
    expect(verdict).toEqual({
      kind: 'vulnerable',
      summary: '0 critical, 1 high, 0 moderate, 0 low, 0 info: next (high)',
    })
  })

  it('should tell an unreachable advisory endpoint from a report, without its address', () => {
    const error = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.invalid/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    })
    expect(readAuditReport(error)).toEqual({
      kind: 'unreachable',
      reason: '405 Method Not Allowed',
    })
  })
})
