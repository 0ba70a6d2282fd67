import type { PayloadRequest, Where } from 'payload'

import type { BulletinSlugs } from '../constants'
import type { MergeableKey } from './types'

type Id = number | string
type Relation = { id: Id } | Id | null | undefined

export type PublishedReferrers = {
  /** Published articles that name the entry, with their issue. */
  articles: { id: Id; issue?: Relation }[]
  /** Photos that name it; `article` is kept only when that article is published. */
  photos: { article?: Relation; id: Id }[]
}

const idOf = (relation: Relation): Id | undefined =>
  relation !== null && typeof relation === 'object' ? relation.id : (relation ?? undefined)

/** Where an article names a person or a department. */
const articleReferences = (key: MergeableKey, id: number): Where[] =>
  key === 'departments'
    ? [{ department: { equals: id } }]
    : [
        { authors: { in: [id] } },
        { photographers: { in: [id] } },
        { 'mentions.person': { equals: id } },
      ]

/**
 * What the public sees of a person or department outside its own page: the published articles
 * naming it (credit, byline, mention, or through a photo it took or is shown in) and those
 * photos. Read before a merge re-points them, to announce their pages; a system read in `req`'s
 * transaction, as the pages are announced whoever may read them.
 */
export const findPublishedReferrers = async ({
  id,
  key,
  req,
  slugs,
}: {
  id: number
  key: MergeableKey
  req: PayloadRequest
  slugs: Pick<BulletinSlugs, 'articles' | 'photos'>
}): Promise<PublishedReferrers> => {
  const { payload } = req
  const photos =
    key === 'people' && slugs.photos in payload.collections
      ? (
          await payload.find({
            collection: slugs.photos,
            depth: 0,
            pagination: false,
            req,
            select: { article: true },
            where: { or: [{ photographer: { equals: id } }, { peopleShown: { in: [id] } }] },
          })
        ).docs.map((doc) => ({ article: (doc as { article?: Relation }).article, id: doc.id }))
      : []
  const photoArticleIds = photos.flatMap((photo) => idOf(photo.article) ?? [])
  const { docs } = await payload.find({
    collection: slugs.articles,
    depth: 0,
    pagination: false,
    req,
    select: { issue: true },
    where: {
      and: [
        { _status: { equals: 'published' } },
        {
          or: [
            ...articleReferences(key, id),
            ...(photoArticleIds.length > 0 ? [{ id: { in: photoArticleIds } }] : []),
          ],
        },
      ],
    },
  })
  const articles = docs.map((doc) => ({ id: doc.id, issue: (doc as { issue?: Relation }).issue }))
  const published = new Set(articles.map((article) => String(article.id)))
  return {
    articles,
    photos: photos.map((photo) => ({
      article: published.has(String(idOf(photo.article))) ? photo.article : undefined,
      id: photo.id,
    })),
  }
}
