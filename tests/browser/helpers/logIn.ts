import type { Page } from 'playwright-core'

const isOnLogin = (page: Page) => new URL(page.url()).pathname.endsWith('/login')

/**
 * Logs in through the admin's own login form, as staff do. A field filled before the form
 * hydrated is reset by React (the server's empty value wins) and the form refuses to send: then
 * it is filled and sent again, until the page leaves /login or 90 s pass.
 */
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
  const emailInput = page.locator('input[name="email"]')
  const deadline = Date.now() + 90_000
  while (isOnLogin(page)) {
    if (Date.now() > deadline) throw new Error(`logIn: still on ${page.url()} after 90 s`)
    if ((await emailInput.inputValue({ timeout: 1_000 }).catch(() => email)) === '') {
      await emailInput.fill(email)
      await page.locator('input[name="password"]').fill(password)
      await page.locator('button[type="submit"]').click()
    }
    await page
      .waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 2_000 })
      .catch(() => undefined)
  }
}

/** Logs in as the administrator the seed created, whose password the app printed once. */
export const logInAsSeedAdmin = (
  page: Page,
  { adminPassword, baseUrl }: { adminPassword: string; baseUrl: string },
): Promise<void> => logIn({ baseUrl, email: 'admin@example.com', page, password: adminPassword })
