import type { Browser, Page } from 'playwright-core'

import { chromium } from 'playwright-core'

/** Debian's chromium, installed by .ci/run; CHROMIUM_PATH points elsewhere when needed. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Headless Chromium for browser tests. The flags keep it from reaching out to Google's hosts,
 * which a closed network refuses, and let it run as root in CI.
 */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
    executablePath: chromiumPath,
    headless: true,
  })

/**
 * A page as staff see it: a Chinese browser on a laptop screen. Timeouts are generous because
 * `next dev` compiles each admin route on its first visit (≈ 25 s for /admin).
 */
export const openPage = async (browser: Browser): Promise<Page> => {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { height: 900, width: 1440 } })
  page.setDefaultTimeout(120_000)
  page.setDefaultNavigationTimeout(120_000)
  return page
}
