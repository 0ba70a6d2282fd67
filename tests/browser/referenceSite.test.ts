import type { Browser, Page } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppServer } from './helpers/startAppServer'

import { openPage } from './helpers/launchBrowser'
import { saveScreenshot } from './helpers/saveScreenshot'
import { startAppAndBrowser } from './helpers/startAppAndBrowser'

const screenshots = path.resolve('tests', 'output', 'reference-site')
const officeSlug = 'linfenlu'

let server: AppServer
let browser: Browser
let page: Page
let published: { id: number; title: string }[]
let draft: { id: number; title: string }
let issueTitle: string

type Docs<T> = { docs: T[] }

/** The REST API as the first administrator, as staff tools call it. */
const callApi = async <T>(token: string, apiPath: string, init: RequestInit = {}): Promise<T> => {
  const response = await fetch(`${server.baseUrl}/api/${apiPath}`, {
    ...init,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
  })
  if (!response.ok) throw new Error(`${apiPath}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

const publish = (token: string, collection: string, id: number) =>
  callApi(token, `${collection}/${id}`, {
    body: JSON.stringify({ _status: 'published' }),
    method: 'PATCH',
  })

/**
 * Publishes one seed issue of the office — which publishes its articles too — and unpublishes
 * the last article, which the site must not show.
 */
const publishSeedIssue = async () => {
  const response = await fetch(`${server.baseUrl}/api/users/login`, {
    body: JSON.stringify({ email: 'admin@example.com', password: server.adminPassword }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await response.json()) as { token: string }
  const offices = await callApi<Docs<{ id: number }>>(
    token,
    `offices?where[slug][equals]=${officeSlug}&depth=0`,
  )
  const officeId = offices.docs[0]?.id ?? 0
  const issues = await callApi<Docs<{ id: number; title: string }>>(
    token,
    `issues?where[office][equals]=${officeId}&draft=true&depth=0&limit=1`,
  )
  const issue = issues.docs[0] ?? { id: 0, title: '' }
  const articles = await callApi<Docs<{ id: number; title: string }>>(
    token,
    `articles?where[issue][equals]=${issue.id}&draft=true&depth=0&limit=100&sort=position`,
  )
  await publish(token, 'issues', issue.id)
  const all = articles.docs.map(({ id, title }) => ({ id, title }))
  const last = all[all.length - 1]
  if (last) {
    await callApi(token, `articles/${last.id}`, {
      body: JSON.stringify({ _status: 'draft' }),
      method: 'PATCH',
    })
  }
  return {
    draft: all[all.length - 1] ?? { id: 0, title: '' },
    issueTitle: issue.title,
    published: all.slice(0, -1),
  }
}

describe('the reference site in a browser', () => {
  beforeAll(async () => {
    ;({ browser, server } = await startAppAndBrowser())
    ;({ draft, issueTitle, published } = await publishSeedIssue())
    page = await openPage(browser)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('should show the latest issue and its published articles in Chinese', async () => {
    await page.goto(`${server.baseUrl}/sites/${officeSlug}`)
    await page.locator('.issue h2').waitFor()
    await saveScreenshot(page, 'latest-issue', screenshots)
    const contents = await page.locator('.contents a').allTextContents()
    expect({
      heading: await page.locator('.issue h2').textContent(),
      lang: await page.locator('html').getAttribute('lang'),
      office: await page.locator('.office-meta').first().textContent(),
    }).toEqual({ heading: issueTitle, lang: 'zh-CN', office: '静安区 临汾路街道' })
    expect(contents).toEqual(published.map((article) => article.title))
    expect(contents).not.toContain(draft.title)
  })

  it('should open an article from the table of contents', async () => {
    const first = published[0] ?? { id: 0, title: '' }
    await page.locator('.contents a').first().click()
    await page.waitForURL(`**/sites/${officeSlug}/articles/${first.id}`)
    await page.locator('.article h1').waitFor()
    await saveScreenshot(page, 'article', screenshots)
    expect(await page.locator('.article h1').textContent()).toBe(first.title)
    expect(await page.locator('.body p').count()).toBeGreaterThan(0)
    expect(await page.locator('.back a').textContent()).toBe(issueTitle)
  })

  it('should find an article by a Chinese word and mark the word', async () => {
    await page.locator('.search-form input').fill('换届')
    await page.locator('.search-form button').click()
    await page.waitForURL(`**/sites/${officeSlug}/search?q=*`)
    await page.locator('.results-heading').waitFor()
    await saveScreenshot(page, 'search-results', screenshots)
    const titles = await page.locator('.results li > a').allTextContents()
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.every((title) => published.some((article) => article.title === title))).toBe(true)
    expect(await page.locator('.results mark').first().textContent()).toBe('换届')
  })

  it('should answer an unknown office with a 404 page', async () => {
    const response = await page.goto(`${server.baseUrl}/sites/nowhere`)
    expect(response?.status()).toBe(404)
  })
})
