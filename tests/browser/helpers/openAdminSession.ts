import type { Browser, Page } from 'playwright-core'

import type { AppServer } from './startAppServer'
import { launchBrowser, openPage } from './launchBrowser'
import { logInAsSeedAdmin } from './logIn'
import { startAppServer } from './startAppServer'

export type AdminSession = { browser: Browser; page: Page; server: AppServer }

/**
 * The app (`npm run dev`, seed imported) and Chromium started together, the admin compiled, and a
 * page logged in as the seed's admin.
 */
export const openAdminSession = async (): Promise<AdminSession> => {
  const [server, browser] = await Promise.all([startAppServer(), launchBrowser()])
  // The first request compiles the admin in next dev: minutes on a loaded machine.
  await fetch(`${server.baseUrl}/admin/login`, { signal: AbortSignal.timeout(300_000) })
  const page = await openPage(browser)
  await logInAsSeedAdmin(page, server)
  return { browser, page, server }
}
