import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const readCookieSettings = (nodeEnv: 'development' | 'production') =>
  JSON.parse(
    execFileSync(
      path.resolve('node_modules/.bin/tsx'),
      [
        '--eval',
        "import('./collections/Users.ts').then(({ Users }) => console.log(JSON.stringify(Users.auth.cookies)))",
      ],
      { encoding: 'utf8', env: { ...process.env, NODE_ENV: nodeEnv } },
    ),
  ) as { sameSite: string; secure: boolean }

describe('session cookies', () => {
  it('should be Secure in production and SameSite=Lax always', { timeout: 60_000 }, () => {
    expect([readCookieSettings('production'), readCookieSettings('development')]).toEqual([
      { sameSite: 'Lax', secure: true },
      { sameSite: 'Lax', secure: false },
    ])
  })
})
