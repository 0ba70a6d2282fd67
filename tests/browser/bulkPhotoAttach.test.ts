import type { Browser, Page } from 'playwright-core'

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { IssuePhoto } from '../../src/photos/types'
import type { AppServer } from './helpers/startAppServer'

import { getWithSession } from './helpers/getWithSession'
import { saveScreenshot } from './helpers/saveScreenshot'
import { openAdminSession } from './helpers/openAdminSession'

let server: AppServer
let browser: Browser
let page: Page
let fileDir: string
/** The seed issue of 2021-06: four captions waiting for their images. */
let issueId: number
let photosBefore: IssuePhoto[]

/**
 * Uploaded files land in the app's media folders, which outlive a test server: names unique to
 * this run keep Payload from renaming them. The run id goes first, so a name's last number is
 * the photo number it was given.
 */
const runId = Date.now().toString(36)
const names = {
  byCaption: `刘燮检查社区食堂-${runId}.png`,
  first: `${runId}-图1.png`,
  notAnImage: `${runId}-说明.txt`,
  third: `${runId}-图3.png`,
}

const api = async <T>(urlPath: string): Promise<T> => {
  const response = await getWithSession(page, server.baseUrl, `${server.baseUrl}/api/${urlPath}`)
  expect(response.ok(), `${urlPath}: ${response.status()}`).toBe(true)
  return (await response.json()) as T
}

const issuePhotos = async () =>
  (await api<{ photos: IssuePhoto[] }>(`issues/${issueId}/photos`)).photos

/** Each caption row as shown: number, caption, and the image cell's text (file, reason). */
const shownRows = () =>
  page.locator('.bulletin-photos__table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')]
      const select = row.querySelector('select')
      const chosen = select?.selectedOptions[0]?.textContent ?? ''
      return [
        cells[1]?.textContent ?? '',
        select ? chosen : 'attached',
        row.querySelector('.bulletin-photos__reason')?.textContent ?? '',
      ]
    }),
  )

const openIssue = async () => {
  await page.goto(`${server.baseUrl}/admin/collections/issues/${issueId}`)
  await page.locator('.bulletin-photos__table tbody tr').first().waitFor()
}

/** Waits until every preview beside a caption has loaded; whether each shows an image. */
const loadedPreviews = async (): Promise<boolean[]> => {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLImageElement>('.bulletin-photos__preview')].every(
      (image) => image.complete,
    ),
  )
  return page
    .locator('.bulletin-photos__preview')
    .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth > 0))
}

describe('attaching a scanned issue’s photos at once', () => {
  beforeAll(async () => {
    ;({ browser, page, server } = await openAdminSession())
    // The launcher imports the seed bulletins before it serves.
    const { docs } = await api<{ docs: { id: number }[] }>(
      'issues?where[period][equals]=2021-06&draft=true&depth=0',
    )
    issueId = docs[0]!.id
    photosBefore = await issuePhotos()
    fileDir = await mkdtemp(path.join(tmpdir(), 'bulletin-photos-'))
    const image = (background: string) =>
      sharp({ create: { background, channels: 3, height: 300, width: 400 } }).png()
    await image('#8a9bb0').toFile(path.join(fileDir, names.byCaption))
    await image('#b08a8a').toFile(path.join(fileDir, names.first))
    await image('#8ab095').toFile(path.join(fileDir, names.third))
    await writeFile(path.join(fileDir, names.notAnImage), '不是图片\n')
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (fileDir) await rm(fileDir, { force: true, recursive: true })
  })

  it('should match the picked images to the waiting captions and show them for checking', async () => {
    await openIssue()
    await page
      .locator('input[name="photo-files"]')
      .setInputFiles(Object.values(names).map((name) => path.join(fileDir, name)))
    await page.locator('.bulletin-photos__unmatched').waitFor()
    await page.locator('.bulletin-photos').scrollIntoViewIfNeeded()
    const previews = await loadedPreviews()
    await saveScreenshot(page, 'bulk-photos-1-matched')
    expect({
      previews,
      rows: await shownRows(),
      unmatched: await page.locator('.bulletin-photos__unmatched li').allInnerTexts(),
      waiting: photosBefore.map((photo) => [photo.caption, photo.filename]),
    }).toEqual({
      previews: [true, true, true],
      rows: [
        ['调研现场', names.first, '按编号'],
        ['活动现场', '— 不配图 —', ''],
        ['座谈会现场', names.third, '按编号'],
        ['刘燮检查社区食堂', names.byCaption, '按说明文字'],
      ],
      unmatched: [`${names.notAnImage}：不是 JPEG、PNG 或 WebP 图片`],
      waiting: [
        ['调研现场', null],
        ['活动现场', null],
        ['座谈会现场', null],
        ['刘燮检查社区食堂', null],
      ],
    })
  })

  it('should let the editor move an image to another caption, then upload onto the captions', async () => {
    await page
      .getByRole('combobox', { name: '活动现场 的图片' })
      .selectOption({ label: names.third })
    await saveScreenshot(page, 'bulk-photos-2-corrected')
    const corrected = await shownRows()
    await page.getByRole('button', { name: '确认上传 3 张图片' }).click()
    await page.getByText('已配图 3 张。').waitFor({ timeout: 120_000 })
    await page.locator('.bulletin-photos__preview').nth(2).waitFor()
    const previews = await loadedPreviews()
    await saveScreenshot(page, 'bulk-photos-3-attached')
    const after = await issuePhotos()
    expect({
      corrected: corrected.map(([caption, file]) => [caption, file]),
      // The stored images, served back beside their captions.
      previews,
      ids: after.map((photo) => photo.id),
      stored: after.map((photo) => [photo.caption, photo.filename]),
      unmatched: await page.locator('.bulletin-photos__unmatched li').allInnerTexts(),
    }).toEqual({
      corrected: [
        ['调研现场', names.first],
        ['活动现场', names.third],
        ['座谈会现场', '— 不配图 —'],
        ['刘燮检查社区食堂', names.byCaption],
      ],
      previews: [true, true, true],
      // The same Photo documents, now with files: captions and body references stay.
      ids: photosBefore.map((photo) => photo.id),
      stored: [
        ['调研现场', names.first],
        ['活动现场', names.third],
        ['座谈会现场', null],
        ['刘燮检查社区食堂', names.byCaption],
      ],
      unmatched: [`${names.notAnImage}：不是 JPEG、PNG 或 WebP 图片`],
    })
  })

  it('should show the view in English when English is chosen', async () => {
    await page.context().addCookies([{ name: 'payload-lng', url: server.baseUrl, value: 'en' }])
    await openIssue()
    await page.getByText('Attach scanned photos').first().waitFor()
    await page.locator('.bulletin-photos').scrollIntoViewIfNeeded()
    await loadedPreviews()
    await saveScreenshot(page, 'bulk-photos-4-english')
    const note = await page.locator('.bulletin-photos .bulletin-issue__note').first().innerText()
    await page.context().addCookies([{ name: 'payload-lng', url: server.baseUrl, value: 'zh' }])
    expect(note.startsWith('This issue prints 4 captions; 1 wait for an image.')).toBe(true)
  })
})
