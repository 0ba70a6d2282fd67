import type { Browser, Page } from 'playwright-core'

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AppServer } from './helpers/startAppServer'

import { getWithSession } from './helpers/getWithSession'
import { saveScreenshot } from './helpers/saveScreenshot'
import { openAdminSession } from './helpers/openAdminSession'

let server: AppServer
let browser: Browser
let page: Page
let fileDir: string
/** The issue the import journey creates; the later journeys work on it. */
let issueId: number
let officeId: number
/**
 * Uploaded files land in the app's media folders, which outlive a test server: names unique to
 * this run keep Payload from renaming an upload after an earlier run's file.
 */
const runId = Date.now().toString(36)
const bulletinName = `石二社区报-2019-06-${runId}.txt`
const imageName = `调研现场-${runId}.png`

type Doc = Record<string, unknown> & { id: number }

/** Sent with REST calls of the page's session: the cookie counts only from an allowed origin. */
const sameOrigin = () => ({ origin: server.baseUrl })

/** A REST call as the logged-in user (the page's session cookie). */
const api = async <T = Doc>(urlPath: string): Promise<T> => {
  const response = await getWithSession(page, server.baseUrl, `${server.baseUrl}/api/${urlPath}`)
  expect(response.ok(), `${urlPath}: ${response.status()}`).toBe(true)
  return (await response.json()) as T
}

/** The tenant selector's cookie: lists show this office's documents. */
const selectOffice = (id: number) =>
  page.context().addCookies([{ name: 'payload-tenant', url: server.baseUrl, value: String(id) }])

const issueArticles = (id: number) =>
  api<{ docs: (Doc & { _status: string; needsReview: boolean; title: string })[] }>(
    `articles?where[issue][equals]=${id}&sort=position&draft=true&depth=0&limit=100`,
  )

const rowTitles = (): Promise<string[]> =>
  page.locator('.bulletin-issue__articles tbody tr td:nth-child(2)').allInnerTexts()

describe('street-office staff in the admin, end to end', () => {
  beforeAll(async () => {
    ;({ browser, page, server } = await openAdminSession())
    // A new issue of a seed office: the seed bulletin of 2021-06 as if printed in 2019.
    fileDir = await mkdtemp(path.join(tmpdir(), 'bulletin-upload-'))
    const seed = await readFile(path.resolve('seed/bulletins/001_8b893cd6caee12a3.txt'), 'utf8')
    await writeFile(path.join(fileDir, bulletinName), seed.replaceAll('2021', '2019'))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (fileDir) await rm(fileDir, { force: true, recursive: true })
  })

  it('should import an uploaded bulletin from the dashboard and show its report', async () => {
    await page.goto(`${server.baseUrl}/admin`)
    await page.getByText('导入扫描的社区报').waitFor()
    await page
      .locator('input[name="bulletin-file"]')
      .setInputFiles(path.join(fileDir, bulletinName))
    await page.getByRole('button', { name: '上传并导入' }).click()
    await page.getByText('导入成功').waitFor({ timeout: 120_000 })
    await saveScreenshot(page, 'journey-1-import-report')
    const report = await page.locator('.bulletin-import__report').innerText()
    await page.getByRole('link', { name: '打开生成的期刊' }).click()
    await page.waitForURL(/\/admin\/collections\/issues\/\d+/u)
    issueId = Number(new URL(page.url()).pathname.split('/').pop())
    const issue = await api<Doc & { office: number; period: string }>(`issues/${issueId}?depth=0`)
    officeId = issue.office
    expect([report.includes('新建：文章 7 篇'), issue.period]).toEqual([true, '2019-06'])
  })

  it('should list the issue’s articles in printed order and keep a new order', async () => {
    await page.goto(`${server.baseUrl}/admin/collections/issues/${issueId}`)
    await page.locator('.bulletin-issue__articles tbody tr').first().waitFor()
    const before = await rowTitles()
    await page.getByRole('button', { name: `下移: ${before[0]}` }).click()
    await page.getByText('正在保存顺序…').waitFor({ state: 'detached' })
    await page.reload()
    await page.locator('.bulletin-issue__articles tbody tr').first().waitFor()
    const after = await rowTitles()
    await saveScreenshot(page, 'journey-2-issue-articles')
    const stored = await issueArticles(issueId)
    expect({
      shown: after,
      stored: stored.docs.map((doc) => doc.title),
      sourceFile: await page.locator('input[name="sourceFile.name"]').inputValue(),
    }).toEqual({
      shown: [before[1], before[0], ...before.slice(2)],
      stored: [before[1], before[0], ...before.slice(2)],
      sourceFile: bulletinName,
    })
  })

  it('should proof-read an article against its source lines and clear it from “needs review”', async () => {
    const { docs } = await issueArticles(issueId)
    const [article, other] = docs.filter((doc) => doc.needsReview)
    expect([article, other].every(Boolean), 'two imported articles with diagnostics').toBe(true)
    const stored = await api<Doc & { provenance: { sourceLines: { text: string }[] } }>(
      `articles/${article!.id}?draft=true&depth=0`,
    )
    await page.goto(`${server.baseUrl}/admin/collections/articles/${article!.id}`)
    await page.locator('.bulletin-source__line').first().waitFor()
    await page.locator('.bulletin-checklist__item').first().waitFor()
    await page.locator('[data-lexical-editor]').first().waitFor()
    await saveScreenshot(page, 'journey-3-proofreading')
    const sourceText = await page.locator('.bulletin-source__lines').innerText()
    // Fix an OCR slip in the title, tick the checklist, save the draft.
    const corrected = `${article!.title}（已校对）`
    await page.locator('#field-title').fill(corrected)
    await page.getByRole('button', { name: '全部标为已核查' }).click()
    await page.getByText('全部核查完毕').waitFor()
    await page.getByRole('button', { name: '保存草稿' }).click()
    await expect
      .poll(async () => (await api(`articles/${article!.id}?draft=true&depth=0`)).needsReview, {
        timeout: 30_000,
      })
      .toBe(false)
    await selectOffice(officeId)
    await page.goto(`${server.baseUrl}/admin/collections/articles?where[needsReview][equals]=true`)
    await page.locator('.bulletin-tabs').waitFor()
    await page.getByText(other!.title).first().waitFor()
    await saveScreenshot(page, 'journey-3-needs-review-list')
    const listed = await page.locator('.table').innerText()
    const saved = await api(`articles/${article!.id}?draft=true&depth=0`)
    expect({
      isOtherListed: listed.includes(other!.title),
      isOursListed: listed.includes(corrected),
      showsSource: sourceText.includes(stored.provenance.sourceLines[0]!.text.trim()),
      title: saved.title,
    }).toEqual({ isOtherListed: true, isOursListed: false, showsSource: true, title: corrected })
  })

  it('should publish the issue and all its draft articles with the one Publish button', async () => {
    await page.goto(`${server.baseUrl}/admin/collections/issues/${issueId}`)
    await page.locator('.bulletin-issue__articles tbody tr').first().waitFor()
    await page.getByRole('button', { name: '发布修改' }).click()
    await expect
      .poll(
        async () => {
          const response = await fetch(
            `${server.baseUrl}/api/articles?where[issue][equals]=${issueId}&limit=100&depth=0`,
          )
          return ((await response.json()) as { totalDocs: number }).totalDocs
        },
        { timeout: 60_000 },
      )
      .toBe(7)
    await page.reload()
    await page.locator('.bulletin-issue__articles tbody tr').first().waitFor()
    await saveScreenshot(page, 'journey-4-published-issue')
    const statuses = await page
      .locator('.bulletin-issue__articles tbody tr td:nth-child(3)')
      .allInnerTexts()
    expect([...new Set(statuses)]).toEqual(['已发布'])
  })

  it('should merge a duplicate person into the one kept, re-pointing the photo that named it', async () => {
    const { docs } = await api<{ docs: Doc[] }>(
      `people?where[office][equals]=${officeId}&where[name][equals]=曾群&depth=0`,
    )
    const kept = docs[0]!
    const created = await page.request.post(`${server.baseUrl}/api/people`, {
      data: { name: '曾 群', office: officeId },
      headers: sameOrigin(),
    })
    const duplicate = ((await created.json()) as { doc: Doc }).doc
    const photos = await api<{ docs: Doc[] }>(
      `photos?where[office][equals]=${officeId}&where[filename][exists]=false&depth=0&limit=1`,
    )
    const photo = photos.docs[0]!
    await page.request.patch(`${server.baseUrl}/api/photos/${photo.id}`, {
      data: { photographer: duplicate.id },
      headers: sameOrigin(),
    })
    await page.goto(`${server.baseUrl}/admin/collections/people/${duplicate.id}`)
    await page.getByRole('searchbox', { name: '搜索要合并到的条目' }).fill('曾群')
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: '合并' }).first().click()
    await page.waitForURL(new RegExp(`/admin/collections/people/${kept.id}$`, 'u'))
    await page.locator('#field-name').waitFor()
    await saveScreenshot(page, 'journey-5-merged-person')
    const merged = await api<Doc & { aliases: { alias: string }[] }>(`people/${kept.id}?depth=0`)
    const gone = await getWithSession(
      page,
      server.baseUrl,
      `${server.baseUrl}/api/people/${duplicate.id}`,
    )
    const repointed = await api(`photos/${photo.id}?depth=0`)
    expect({
      aliases: merged.aliases.map((row) => row.alias),
      gone: gone.status(),
      photographer: repointed.photographer,
    }).toEqual({ aliases: ['曾 群'], gone: 404, photographer: kept.id })
  })

  it('should attach a scanned image to a caption waiting for one, keeping the caption', async () => {
    const image = path.join(fileDir, imageName)
    await sharp({
      create: { background: '#8a9bb0', channels: 3, height: 300, width: 400 },
    })
      .png()
      .toFile(image)
    await page.goto(`${server.baseUrl}/admin/collections/photos?where[filename][exists]=false`)
    await page.locator('.bulletin-tabs').waitFor()
    await saveScreenshot(page, 'journey-6-photos-waiting')
    const { docs } = await api<{ docs: (Doc & { caption: string })[] }>(
      `photos?where[office][equals]=${officeId}&where[filename][exists]=false&depth=0&limit=1`,
    )
    const photo = docs[0]!
    await page.goto(`${server.baseUrl}/admin/collections/photos/${photo.id}`)
    await page.locator('input[type="file"]').first().setInputFiles(image)
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await expect
      .poll(async () => (await api(`photos/${photo.id}?depth=0`)).filename, { timeout: 30_000 })
      .toBe(imageName)
    await page.reload()
    await page.locator('#field-caption:not([disabled])').waitFor()
    await saveScreenshot(page, 'journey-6-photo-attached')
    const stored = await api(`photos/${photo.id}?depth=0`)
    expect([stored.caption, stored.mimeType]).toEqual([photo.caption, 'image/png'])
  })

  it('should show the proof-reading view in English when English is chosen', async () => {
    const { docs } = await issueArticles(issueId)
    await page.context().addCookies([{ name: 'payload-lng', url: server.baseUrl, value: 'en' }])
    await page.goto(`${server.baseUrl}/admin/collections/articles/${docs[0]!.id}`)
    await page.getByText('Proof-reading checklist').waitFor()
    await page.locator('[data-lexical-editor]').first().waitFor()
    await saveScreenshot(page, 'journey-7-english')
    expect(await page.locator('.bulletin-source header strong').innerText()).toBe('Source text')
  })

  it('should roll an import back from its run’s page, removing the issue it created', async () => {
    await page.context().addCookies([{ name: 'payload-lng', url: server.baseUrl, value: 'zh' }])
    const seed = await readFile(path.resolve('seed/bulletins/001_8b893cd6caee12a3.txt'), 'utf8')
    const fileName = '石二社区报-2018-06.txt'
    await writeFile(path.join(fileDir, fileName), seed.replaceAll('2021', '2018'))
    await page.goto(`${server.baseUrl}/admin`)
    await page.getByText('导入扫描的社区报').waitFor()
    await page.locator('input[name="bulletin-file"]').setInputFiles(path.join(fileDir, fileName))
    await page.getByRole('button', { name: '上传并导入' }).click()
    await page.getByText('导入成功').waitFor({ timeout: 120_000 })
    await page.getByRole('link', { name: '查看导入记录' }).click()
    await page.waitForURL(/\/admin\/collections\/import-runs\/\d+/u)
    const runId = Number(new URL(page.url()).pathname.split('/').pop())
    const run = await api<Doc & { issue: number }>(`import-runs/${runId}?depth=0`)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: '撤销这次导入' }).click()
    await page.getByText('已撤销').waitFor({ timeout: 60_000 })
    await saveScreenshot(page, 'journey-8-rollback')
    const issueAfter = await getWithSession(
      page,
      server.baseUrl,
      `${server.baseUrl}/api/issues/${run.issue}`,
    )
    const runAfter = await api<Doc & { status: string }>(`import-runs/${runId}?depth=0`)
    expect([issueAfter.status(), runAfter.status]).toEqual([404, 'rolledBack'])
  })
})
