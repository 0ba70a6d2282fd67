import type { Page } from 'playwright-core'

import { mkdir } from 'node:fs/promises'
import path from 'node:path'

/** Where browser tests leave their screenshots, as test artefacts (not committed). */
export const screenshotDir = path.resolve('test-results', 'screenshots')

/** Saves a full-page screenshot named for the journey step it shows. */
export const saveScreenshot = async (page: Page, name: string): Promise<string> => {
  await mkdir(screenshotDir, { recursive: true })
  const file = path.join(screenshotDir, `${name}.png`)
  await page.screenshot({ fullPage: true, path: file })
  return file
}
