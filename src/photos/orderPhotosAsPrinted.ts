import type { IssuePhoto } from './types'

type Id = number | string
type Relation = { id: Id } | Id | null | undefined

const idOf = (relation: Relation): string | undefined =>
  relation === null || relation === undefined
    ? undefined
    : String(typeof relation === 'object' ? relation.id : relation)

export type PrintedArticle = { id: number; photos?: Relation[] | null; title: string }
export type StoredPhoto = Omit<IssuePhoto, 'article' | 'number'> & { article?: Relation }

/**
 * An issue's photos in the order they were printed: articles in their printed order, and within
 * an article the order of its photos list (the importer writes captions there as printed), then
 * any photo naming the article but missing from its list, oldest first. Numbered from 1.
 */
export const orderPhotosAsPrinted = ({
  articles,
  photos,
}: {
  /** In printed order. */
  articles: PrintedArticle[]
  photos: StoredPhoto[]
}): IssuePhoto[] => {
  const byArticle = new Map<string, StoredPhoto[]>()
  for (const photo of [...photos].sort((a, b) => a.id - b.id)) {
    const articleId = idOf(photo.article)
    if (articleId !== undefined)
      byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), photo])
  }
  const ordered = articles.flatMap((article) => {
    const own = byArticle.get(String(article.id)) ?? []
    const listed = (article.photos ?? []).map(idOf)
    const place = (photo: StoredPhoto) => {
      const index = listed.indexOf(String(photo.id))
      return index === -1 ? listed.length : index
    }
    return [...own]
      .sort((a, b) => place(a) - place(b) || a.id - b.id)
      .map(({ article: _article, ...photo }) => ({
        ...photo,
        article: { id: article.id, title: article.title },
      }))
  })
  return ordered.map((photo, index) => ({ ...photo, number: index + 1 }))
}
