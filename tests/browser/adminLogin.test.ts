import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppServer } from './helpers/startAppServer'

import { openPage } from './helpers/launchBrowser'
import { logInAsSeedAdmin } from './helpers/logIn'
import { saveScreenshot } from './helpers/saveScreenshot'
import { startAppAndBrowser } from './helpers/startAppAndBrowser'

let server: AppServer
let browser: Browser

/**
 * The one browser test on `npm run dev`, as a newcomer starts the app; the other browser files
 * serve the run's production build. tests/int/devServer.test.ts checks the dev server over HTTP,
 * but only a browser shows the dev admin hydrating and logging in (`next dev` refuses its scripts
 * and HMR to hosts not in next.config.mjs's allowedDevOrigins, such as 127.0.0.1 here).
 */
describe('admin login in a browser on npm run dev', () => {
  beforeAll(async () => {
    ;({ browser, server } = await startAppAndBrowser('dev'))
    // The first request compiles the admin, minutes on a cold .next-test and a busy machine:
    // done here, so the test's time limit is the login's own.
    await fetch(`${server.baseUrl}/admin/login`, { signal: AbortSignal.timeout(300_000) })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('should log the first administrator in to a Chinese dashboard', async () => {
    const page = await openPage(browser)
    await logInAsSeedAdmin(page, server)
    await page.getByText('期刊').first().waitFor({ timeout: 90_000 })
    await saveScreenshot(page, 'dashboard')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh')
  })
})
