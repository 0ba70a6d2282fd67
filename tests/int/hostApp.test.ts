import type { Payload } from 'payload'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createTestDatabase } from './helpers/createTestDatabase'
import { buildHostConfig, hostInitLog } from './hostApp/config'

let payload: Payload

type LooseDoc = Record<string, unknown> & { id: number }
/** The host's own slugs are not in this repository's generated types. */
const createLoose = (collection: string, data: Record<string, unknown>) =>
  (payload.create as unknown as (args: { collection: string; data: unknown }) => Promise<LooseDoc>)(
    {
      collection,
      data,
    },
  )

describe('bulletinPlugin in another host app', () => {
  beforeAll(async () => {
    const database = await createTestDatabase({
      prefix: inject('testDatabasePrefix'),
      serverUrl: inject('databaseServerUrl'),
    })
    payload = await getPayload({ config: buildHostConfig(database.url) })
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it("should keep the host's own collections and their hooks working", async () => {
    const page = await createLoose('pages', { heading: '  首页  ' })
    expect(page.heading).toBe('首页')
  })

  it("should keep the host's endpoints, job tasks and onInit", () => {
    expect({
      endpoints: payload.config.endpoints.map((endpoint) => endpoint.path),
      onInit: hostInitLog,
      tasks: payload.config.jobs.tasks?.map((task): string => task.slug as string),
    }).toEqual({
      endpoints: expect.arrayContaining(['/host-health']) as unknown,
      onInit: [expect.stringMatching(/^host onInit/) as unknown],
      tasks: expect.arrayContaining(['hostTask']) as unknown,
    })
  })

  it('should add the bulletin collections under the renamed slugs and leave out disabled ones', () => {
    const slugs: string[] = payload.config.collections.map((collection) => collection.slug)
    expect({
      hasImportRuns: slugs.includes('import-runs'),
      hasOfficesSlug: slugs.includes('offices'),
      missing: ['sites', 'issues', 'articles', 'people', 'departments', 'photos'].filter(
        (slug) => !slugs.includes(slug),
      ),
    }).toEqual({ hasImportRuns: false, hasOfficesSlug: false, missing: [] })
  })

  it("should give the host's staff collection roles and office assignments", () => {
    const staff = payload.config.collections.find(
      (collection) => (collection.slug as string) === 'staff',
    )
    const fieldNames = staff?.fields.flatMap((field) => ('name' in field ? [field.name] : []))
    expect(fieldNames).toEqual(expect.arrayContaining(['displayName', 'roles', 'offices']))
  })

  it('should scope an article to a site of the host', async () => {
    const site = await createLoose('sites', { name: '临汾路街道' })
    const issue = await createLoose('issues', { office: site.id, period: '2021-01' })
    const article = await createLoose('articles', {
      issue: issue.id,
      office: site.id,
      title: '街道召开动员部署会',
    })
    expect(article.office).toMatchObject({ id: site.id })
  })
})
