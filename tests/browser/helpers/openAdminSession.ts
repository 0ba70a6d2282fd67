import type { Browser, Page } from 'playwright-core'

import type { AppServer } from './startAppServer'
import { openPage } from './launchBrowser'
import { logInAsSeedAdmin } from './logIn'
import { startAppAndBrowser } from './startAppAndBrowser'

export type AdminSession = { browser: Browser; page: Page; server: AppServer }

/**
 * The app (`npm start` on this run's build, seed imported) and Chromium started together, and a
 * page logged in as the seed's admin. When the login fails, both are stopped before the error is
 * thrown: the test never received them, so its own cleanup cannot.
 */
export const openAdminSession = async (): Promise<AdminSession> => {
  const { browser, server } = await startAppAndBrowser()
  try {
    const page = await openPage(browser)
    await logInAsSeedAdmin(page, server)
    return { browser, page, server }
  } catch (error) {
    await browser.close()
    await server.stop()
    throw error
  }
}
