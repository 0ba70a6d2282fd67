export type AuditVerdict =
  | { kind: 'clean'; summary: string }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'vulnerable'; summary: string }

type AuditJson = {
  error?: unknown
  message?: string
  metadata?: { vulnerabilities?: Partial<Record<string, number>> }
  statusCode?: number
  vulnerabilities?: Record<string, { name?: string; severity?: string }>
}

const severities = ['critical', 'high', 'moderate', 'low', 'info'] as const

/**
 * What `npm audit --omit=dev --json` said: no high or critical advisory, some, or that the
 * advisory endpoint itself could not be asked (its answer is then an error, not a report).
 */
export const readAuditReport = (text: string): AuditVerdict => {
  let report: AuditJson
  try {
    report = JSON.parse(text) as AuditJson
  } catch {
    return { kind: 'unreachable', reason: 'npm audit printed no report' }
  }
  const counts = report.metadata?.vulnerabilities
  if (!counts) {
    // The endpoint's own error ("405 Method Not Allowed - POST <url>"), without the address.
    const reason = (report.message ?? `status ${report.statusCode ?? 'unknown'}`).replace(
      /\s+-\s+\S+\s+\S+:\/\/\S+/,
      '',
    )
    return { kind: 'unreachable', reason }
  }
  const summary = severities.map((severity) => `${counts[severity] ?? 0} ${severity}`).join(', ')
  const serious = Object.values(report.vulnerabilities ?? {})
    .filter(({ severity }) => severity === 'high' || severity === 'critical')
    .map(({ name, severity }) => `${name} (${severity})`)
  return serious.length > 0
    ? { kind: 'vulnerable', summary: `${summary}: ${serious.join(', ')}` }
    : { kind: 'clean', summary }
}
