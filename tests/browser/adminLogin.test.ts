import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppServer } from './helpers/startAppServer'

import { openPage } from './helpers/launchBrowser'
import { logInAsSeedAdmin } from './helpers/logIn'
import { saveScreenshot } from './helpers/saveScreenshot'
import { startAppAndBrowser } from './helpers/startAppAndBrowser'

let server: AppServer
let browser: Browser

describe('admin login in a browser', () => {
  beforeAll(async () => {
    ;({ browser, server } = await startAppAndBrowser())
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
