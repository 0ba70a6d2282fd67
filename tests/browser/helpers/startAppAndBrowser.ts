import type { Browser } from 'playwright-core'

import type { AppLauncher, AppServer } from './startAppServer'
import { launchBrowser } from './launchBrowser'
import { startAppServer } from './startAppServer'

/**
 * The app and Chromium, started together. When one fails to start, the other is stopped before
 * the error is thrown: the test never received them, so its own cleanup cannot, and an app left
 * running keeps its database, its port and the lock `next dev` takes on its build folder.
 */
export const startAppAndBrowser = async (
  launcher: AppLauncher = 'start',
): Promise<{ browser: Browser; server: AppServer }> => {
  const [server, browser] = await Promise.allSettled([
    startAppServer({ launcher }),
    launchBrowser(),
  ])
  if (server.status === 'rejected') {
    if (browser.status === 'fulfilled') await browser.value.close()
    throw server.reason
  }
  if (browser.status === 'rejected') {
    await server.value.stop()
    throw browser.reason
  }
  return { browser: browser.value, server: server.value }
}
