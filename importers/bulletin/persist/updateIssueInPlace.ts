import type { Payload, PayloadRequest } from 'payload'

import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import { isDeepStrictEqual } from 'node:util'

import type { ImportedSnapshot } from './importedSnapshot'
import type { ImportPlan } from './toDocuments'
import { buildArticleBody } from './buildArticleBody'
import { readParagraphs, snapshotOf } from './importedSnapshot'

export type KeptEdit = { articleTitle: string; field: keyof ImportedSnapshot }

export type InPlaceUpdate = { changedArticles: number; issueId: number; keptEdits: KeptEdit[] }

const snapshotFields: (keyof ImportedSnapshot)[] = [
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
    const snapshot = article.importedSnapshot as ImportedSnapshot | null
    const incoming = snapshotOf(planned)
    const current: ImportedSnapshot = {
      excerpt: article.excerpt ?? '',
      kind: article.kind ?? 'article',
      paragraphs: readParagraphs(article.body),
      section: article.section ?? null,
      subtitle: article.subtitle ?? null,
      title: article.title,
    }
    const data: Record<string, unknown> = {}
    for (const field of snapshotFields) {
      if (isDeepStrictEqual(current[field], incoming[field])) continue
      if (snapshot && !isDeepStrictEqual(current[field], snapshot[field])) {
        keptEdits.push({ articleTitle: article.title, field })
        continue
      }
      if (field === 'paragraphs') {
        const photos = (article.photos ?? []).map((photo) => ({
          id: typeof photo === 'object' ? photo.id : photo,
          relationTo: 'photos',
        }))
        data.body = buildArticleBody({ editorConfig, paragraphs: incoming.paragraphs, photos })
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
        importedSnapshot: incoming,
        // The proof-reading view shows the corrected file's lines from now on.
        provenance: { ...article.provenance, sourceLines: planned.sourceLines },
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
