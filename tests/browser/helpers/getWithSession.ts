import type { APIResponse, Page } from 'playwright-core'

/** Whether a request failed because the server closed a kept-alive connection as it was reused. */
const isConnectionReset = (error: unknown): boolean =>
  error instanceof Error && /ECONNRESET|socket hang up/u.test(error.message)

/**
 * GET `url` as the page's logged-in user, from the page's origin (the session cookie counts only
 * from an allowed origin). A GET is safe to repeat, so a connection the server reset as it was
 * reused is tried once more on a new one, as a browser does.
 */
export const getWithSession = async (
  page: Page,
  origin: string,
  url: string,
): Promise<APIResponse> => {
  const get = () => page.request.get(url, { headers: { origin } })
  try {
    return await get()
  } catch (error) {
    if (!isConnectionReset(error)) throw error
    return get()
  }
}
