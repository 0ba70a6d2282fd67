import type { Payload, PayloadRequest } from 'payload'

import { editorConfigFactory } from '@payloadcms/richtext-lexical'

import type { FieldValues, SnapshotField } from './importedSnapshot'
import type { ImportPlan } from './toDocuments'
import { buildArticleBody } from './buildArticleBody'
import {
  fieldValuesOf,
  paragraphsSha256,
  readParagraphs,
  readSnapshot,
  snapshotOf,
} from './importedSnapshot'

export type KeptEdit = { articleTitle: string; field: SnapshotField }

export type InPlaceUpdate = { changedArticles: number; issueId: number; keptEdits: KeptEdit[] }

const snapshotFields: SnapshotField[] = [
  'title',
  'subtitle',
  'section',
  'kind',
  'excerpt',
  'paragraphs',
]

/**
 * A corrected OCR file of an issue already imported updates it in place, article by article in
 * printed order: a field takes the new text only where it still holds what the last import
 * wrote; a field staff edited since is kept, and reported.
 */
export const updateIssueInPlace = async ({
  issueId,
  payload,
  plan,
  req,
}: {
  issueId: number
  payload: Payload
  plan: ImportPlan
  req: PayloadRequest
}): Promise<InPlaceUpdate> => {
  const { docs: existing } = await payload.find({
    collection: 'articles',
    depth: 0,
    draft: true,
    limit: 0,
    pagination: false,
    req,
    sort: 'position',
    where: { issue: { equals: issueId } },
  })
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const keptEdits: KeptEdit[] = []
  let changedArticles = 0
  for (const [index, planned] of plan.articles.entries()) {
    const article = existing[index]
    if (!article) continue
    const snapshot = readSnapshot(article.importedSnapshot)
    const incomingSnapshot = snapshotOf(planned)
    const incoming = fieldValuesOf(incomingSnapshot)
    const current: FieldValues = {
      excerpt: article.excerpt ?? '',
      kind: article.kind ?? 'article',
      paragraphs: paragraphsSha256(readParagraphs(article.body)),
      section: article.section ?? null,
      subtitle: article.subtitle ?? null,
      title: article.title,
    }
    const data: Record<string, unknown> = {}
    for (const field of snapshotFields) {
      if (current[field] === incoming[field]) continue
      if (snapshot && current[field] !== snapshot[field]) {
        keptEdits.push({ articleTitle: article.title, field })
        continue
      }
      if (field === 'paragraphs') {
        const photos = (article.photos ?? []).map((photo) => ({
          id: typeof photo === 'object' ? photo.id : photo,
          relationTo: 'photos',
        }))
        data.body = buildArticleBody({ editorConfig, paragraphs: planned.paragraphs, photos })
      } else {
        data[field] = incoming[field]
      }
    }
    if (Object.keys(data).length === 0) continue
    changedArticles++
    await payload.update({
      collection: 'articles',
      data: {
        ...data,
        importedSnapshot: incomingSnapshot,
        // The proof-reading view shows the corrected file's lines from now on.
        provenance: {
          ...article.provenance,
          paragraphLines: planned.paragraphLines,
          sourceLines: planned.sourceLines,
        },
      },
      draft: true,
      id: article.id,
      req,
    })
  }
  await payload.update({
    collection: 'issues',
    data: { sourceFile: plan.issue.sourceFile },
    draft: true,
    id: issueId,
    req,
  })
  return { changedArticles, issueId, keptEdits }
}
