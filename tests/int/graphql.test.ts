import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { OfficeContent } from './helpers/createOfficeContent'
import type { TestPayload } from './helpers/initTestPayload'
import { createOfficeContent } from './helpers/createOfficeContent'
import { destroyTestPayload, initTestPayload } from './helpers/initTestPayload'
import { postGraphQL } from './helpers/postGraphQL'

let testPayload: TestPayload
let content: OfficeContent

type IssuePage = {
  Issue: {
    articles: {
      docs: {
        authors: { name: string }[]
        department: { name: string }
        mentions: { person: { name: string }; role: string }[]
        title: string
      }[]
    }
    period: string
  }
}

describe('GraphQL', () => {
  beforeAll(async () => {
    testPayload = await initTestPayload()
    content = await createOfficeContent(testPayload.payload, {
      name: '平凉路街道',
      period: '2012-07',
    })
  })

  afterAll(async () => {
    await destroyTestPayload(testPayload)
  })

  it('should name its types in English', async () => {
    const { data } = await postGraphQL<{ __schema: { types: { name: string }[] } }>(
      '{ __schema { types { name } } }',
    )
    const names = new Set(data?.__schema.types.map((type) => type.name))
    const expected = [
      'Office',
      'Offices',
      'Issue',
      'Issues',
      'Article',
      'Articles',
      'Department',
      'Departments',
      'Person',
      'People',
      'Photo',
      'Photos',
      'ImportRun',
      'ImportRuns',
    ]
    expect(expected.filter((name) => !names.has(name))).toEqual([])
  })

  it('should list the offices without login', async () => {
    const { data } = await postGraphQL<{ Offices: { docs: { name: string }[] } }>(
      '{ Offices { docs { name } } }',
    )
    expect(data?.Offices.docs.map((office) => office.name)).toEqual(['平凉路街道'])
  })

  it('should hide office settings from anonymous readers', async () => {
    const { data } = await postGraphQL<{
      Offices: { docs: { revalidationWebhookUrl: null | string }[] }
    }>('{ Offices { docs { revalidationWebhookUrl } } }')
    expect(data?.Offices.docs).toEqual([{ revalidationWebhookUrl: null }])
  })

  it('should return an issue with its articles, their department and people in one query', async () => {
    const { data, errors } = await postGraphQL<IssuePage>(`{
      Issue(id: ${content.issue.id}) {
        period
        articles { docs { title department { name } authors { name } mentions { role person { name } } } }
      }
    }`)
    expect(errors).toBeUndefined()
    expect(data?.Issue).toEqual({
      articles: {
        docs: ['科学技术协会代表大会', '换届工作动员部署会'].map((title) => ({
          authors: [{ name: '厉蕾' }, { name: '宋杰' }],
          department: { name: '社区党建办' },
          mentions: [
            { person: { name: '宋杰' }, role: '街道党工委副书记' },
            { person: { name: '厉蕾' }, role: '街道党工委书记' },
          ],
          title,
        })),
      },
      period: '2012-07',
    })
  })
})
