/**
 * Origins from a comma-separated environment variable (`https://a.example, https://b.example`),
 * each checked and normalised to `scheme://host[:port]`; an empty list when unset.
 */
export const readOriginList = (name: string): string[] => {
  const raw = process.env[name] ?? ''
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      try {
        const { origin } = new URL(entry)
        if (origin === 'null') throw new Error('no origin')
        return origin
      } catch {
        throw new Error(
          `${name} has "${entry}", which is not an origin; use e.g. https://example.org.`,
        )
      }
    })
}

/**
 * The origins allowed to use the admin's session cookie: CSRF_ORIGINS, the app's own
 * SERVER_URL (Payload adds it) and, so a developer's browser works, the app on localhost.
 * Never empty: an empty list would make Payload accept the cookie from any origin.
 */
export const readCsrfOrigins = (): string[] => {
  const port = process.env.PORT ?? '3000'
  const local = [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
  return [...new Set([...readOriginList('CSRF_ORIGINS'), ...local])]
}
