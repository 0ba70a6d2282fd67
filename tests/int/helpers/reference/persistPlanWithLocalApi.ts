import type { Payload, PayloadRequest } from 'payload'

import { editorConfigFactory } from '@payloadcms/richtext-lexical'

import type {
  CreatedDocuments,
  PersistCounts,
} from '../../../../importers/bulletin/persist/importedDocuments'
import type { ImportPlan, PlannedArticle } from '../../../../importers/bulletin/persist/toDocuments'
import { buildArticleBody } from '../../../../importers/bulletin/persist/buildArticleBody'
import { snapshotOf } from '../../../../importers/bulletin/persist/importedSnapshot'
import { findOrCreateNamed } from './findOrCreateNamed'

type Lookup = { departments: Map<string, number>; people: Map<string, number> }

const idsOf = (names: string[], ids: Map<string, number>): number[] =>
  names.flatMap((name) => {
    const id = ids.get(name)
    return id === undefined ? [] : [id]
  })

/** One article, its caption-only photos, and its body with their upload nodes, as a draft. */
const persistArticle = async ({
  article,
  editorConfig,
  issueId,
  lookup,
  officeId,
  payload,
  req,
  sourceFileName,
}: {
  article: PlannedArticle
  editorConfig: Awaited<ReturnType<typeof editorConfigFactory.default>>
  issueId: number
  lookup: Lookup
  officeId: number
  payload: Payload
  req: PayloadRequest
  sourceFileName: string
}): Promise<{ articleId: number; photoIds: number[] }> => {
  const photographerId = idsOf(article.photographerNames, lookup.people)[0] ?? null
  const photos = []
  for (const caption of article.captions) {
    photos.push(
      await payload.create({
        collection: 'photos',
        data: { alt: caption, caption, office: officeId, photographer: photographerId },
        req,
      }),
    )
  }
  const created = await payload.create({
    collection: 'articles',
    data: {
      _status: 'draft',
      authors: idsOf(article.authorNames, lookup.people),
      body: buildArticleBody({
        editorConfig,
        paragraphs: article.paragraphs,
        photos: photos.map((photo) => ({ id: photo.id, relationTo: 'photos' })),
      }) as never,
      department: article.departmentName
        ? (lookup.departments.get(article.departmentName) ?? null)
        : null,
      diagnostics: article.diagnostics,
      excerpt: article.excerpt,
      issue: issueId,
      kind: article.kind,
      mentions: article.mentions.flatMap((mention) => {
        const person = lookup.people.get(mention.name)
        return person === undefined ? [] : [{ person, role: mention.role }]
      }),
      office: officeId,
      photographers: idsOf(article.photographerNames, lookup.people),
      photos: photos.map((photo) => photo.id),
      position: article.position,
      provenance: {
        paragraphLines: article.paragraphLines,
        sourceFile: sourceFileName,
        sourceLines: article.sourceLines,
      },
      section: article.section,
      subtitle: article.subtitle,
      importedSnapshot: snapshotOf(article),
      title: article.title,
    },
    draft: true,
    req,
  })
  if (photos.length > 0) {
    await payload.update({
      collection: 'photos',
      data: { article: created.id },
      req,
      where: { id: { in: photos.map((photo) => photo.id) } },
    })
  }
  return { articleId: created.id, photoIds: photos.map((photo) => photo.id) }
}

/**
 * The reference writer: a planned issue written through Payload's Local API, one document at a
 * time, with every hook and validation running. The bulk writer must write exactly this.
 */
export const persistPlanWithLocalApi = async ({
  importRunId,
  officeId,
  payload,
  plan,
  req,
}: {
  importRunId: null | number
  officeId: number
  payload: Payload
  plan: ImportPlan
  req: PayloadRequest
}): Promise<{ counts: PersistCounts; created: CreatedDocuments; issueId: number }> => {
  const departments = await findOrCreateNamed({
    collection: 'departments',
    names: plan.departmentNames,
    officeId,
    payload,
    req,
  })
  const people = await findOrCreateNamed({
    collection: 'people',
    names: plan.personNames,
    officeId,
    payload,
    req,
  })
  const issue = await payload.create({
    collection: 'issues',
    data: { _status: 'draft', ...plan.issue, importRun: importRunId, office: officeId },
    draft: true,
    req,
  })
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const created: CreatedDocuments = {
    articles: [],
    departments: departments.createdIds,
    issue: issue.id,
    people: people.createdIds,
    photos: [],
  }
  for (const article of plan.articles) {
    const { articleId, photoIds } = await persistArticle({
      article,
      editorConfig,
      issueId: issue.id,
      lookup: { departments: departments.ids, people: people.ids },
      officeId,
      payload,
      req,
      sourceFileName: plan.issue.sourceFile.name,
    })
    created.articles.push(articleId)
    created.photos.push(...photoIds)
  }
  return {
    counts: {
      articles: created.articles.length,
      departments: created.departments.length,
      people: created.people.length,
      photos: created.photos.length,
    },
    created,
    issueId: issue.id,
  }
}
