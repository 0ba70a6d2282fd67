import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { BulletinSlugs } from '../constants'
import type { IssuePhoto } from './types'
import type { PrintedArticle, StoredPhoto } from './orderPhotosAsPrinted'
import { orderPhotosAsPrinted } from './orderPhotosAsPrinted'

type PhotoRow = {
  article?: { id: number } | null | number
  caption?: null | string
  filename?: null | string
  id: number
  sizes?: { thumbnail?: { url?: null | string } | null } | null
  url?: null | string
}

const toStoredPhoto = (row: PhotoRow): StoredPhoto => ({
  article: row.article,
  caption: row.caption ?? null,
  filename: row.filename ?? null,
  id: row.id,
  previewUrl: row.filename ? (row.sizes?.thumbnail?.url ?? row.url ?? null) : null,
})

/**
 * The photos of an issue in printed order, as the requesting user may read them: an issue of
 * another office answers as a missing one. Articles are read at their latest (draft) version,
 * so a photo list staff reordered counts.
 */
export const listIssuePhotos = async ({
  issueId,
  req,
  slugs,
}: {
  issueId: number
  req: PayloadRequest
  slugs: Pick<BulletinSlugs, 'articles' | 'issues' | 'photos'>
}): Promise<IssuePhoto[]> => {
  const { payload, user } = req
  const issue = await payload.findByID({
    collection: slugs.issues,
    depth: 0,
    disableErrors: true,
    draft: true,
    id: issueId,
    overrideAccess: false,
    req,
    select: { title: true },
    user,
  })
  if (!issue) throw new APIError('找不到这一期 (issue not found)', 404)
  const articles = await payload.find({
    collection: slugs.articles,
    depth: 0,
    draft: true,
    overrideAccess: false,
    pagination: false,
    req,
    select: { photos: true, position: true, title: true },
    sort: 'position',
    user,
    where: { issue: { equals: issueId } },
  })
  const articleIds = articles.docs.map((article) => article.id)
  const photos =
    articleIds.length === 0
      ? []
      : (
          await payload.find({
            collection: slugs.photos,
            depth: 0,
            overrideAccess: false,
            pagination: false,
            req,
            select: { article: true, caption: true, filename: true, sizes: true, url: true },
            user,
            where: { article: { in: articleIds } },
          })
        ).docs
  return orderPhotosAsPrinted({
    articles: articles.docs as unknown as PrintedArticle[],
    photos: (photos as unknown as PhotoRow[]).map(toStoredPhoto),
  })
}
