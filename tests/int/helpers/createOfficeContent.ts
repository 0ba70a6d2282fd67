import type { Payload } from 'payload'

import type { Article, Department, Issue, Office, Person } from '../../../src/payload-types'

export type OfficeContent = {
  articles: Article[]
  department: Department
  issue: Issue
  office: Office
  people: Person[]
}

const paragraph = (text: string) => ({
  children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  textFormat: 0,
  type: 'paragraph',
  version: 1,
})

/** A minimal Lexical document of plain paragraphs, as the importer will write. */
export const toRichText = (paragraphs: string[]) => ({
  root: {
    children: paragraphs.map(paragraph),
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    type: 'root',
    version: 1,
  },
})

/**
 * One office with a published issue of two articles, a department and two people, written
 * with access control off, as seed data would be.
 */
export const createOfficeContent = async (
  payload: Payload,
  { name, period }: { name: string; period: string },
): Promise<OfficeContent> => {
  const office = await payload.create({ collection: 'offices', data: { district: '静安区', name } })
  const department = await payload.create({
    collection: 'departments',
    data: { name: '社区党建办', office: office.id },
  })
  const people = await Promise.all(
    ['宋杰', '厉蕾'].map((personName) =>
      payload.create({ collection: 'people', data: { name: personName, office: office.id } }),
    ),
  )
  const [first, second] = people as [Person, Person]
  const issue = await payload.create({
    collection: 'issues',
    data: { _status: 'published', office: office.id, period },
  })
  const articles: Article[] = []
  for (const [position, title] of ['换届工作动员部署会', '科学技术协会代表大会'].entries()) {
    articles.push(
      await payload.create({
        collection: 'articles',
        data: {
          _status: 'published',
          authors: [second.id, first.id],
          body: toRichText([`${title}第一段。`, `${title}第二段。`]),
          department: department.id,
          issue: issue.id,
          mentions: [
            { person: first.id, role: '街道党工委副书记' },
            { person: second.id, role: '街道党工委书记' },
          ],
          office: office.id,
          position: 2 - position,
          title,
        },
      }),
    )
  }
  return { articles, department, issue, office, people }
}
