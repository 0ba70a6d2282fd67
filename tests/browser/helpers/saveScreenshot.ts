import type { Page } from 'playwright-core'

import { mkdir } from 'node:fs/promises'
import path from 'node:path'

/** Where browser tests leave their screenshots, as test artefacts (not committed). */
export const screenshotDir = path.resolve('test-results', 'screenshots')

/** Saves a full-page screenshot named for the journey step it shows (in `dir` when given). */
export const saveScreenshot = async (
  page: Page,
  name: string,
  dir: string = screenshotDir,
): Promise<string> => {
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, `${name}.png`)
  await page.screenshot({ fullPage: true, path: file })
  return file
}
