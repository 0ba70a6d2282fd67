import type { Page } from 'playwright-core'

/** Logs in through the admin's own login form, as staff do. */
export const logIn = async ({
  baseUrl,
  email,
  page,
  password,
}: {
  baseUrl: string
  email: string
  page: Page
  password: string
}): Promise<void> => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 90_000 })
}
