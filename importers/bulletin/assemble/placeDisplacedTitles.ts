import type { DraftArticle } from './draftArticle'

const bigramsOf = (text: string): Set<string> => {
  const chars = [...text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '')]
  return new Set(chars.slice(0, -1).map((char, index) => char + (chars[index + 1] ?? '')))
}

/** Share of the title's bigrams found in the body. */
const titleOverlap = (title: string, body: string): number => {
  const titleBigrams = bigramsOf(title)
  if (titleBigrams.size === 0) return 0
  const bodyBigrams = bigramsOf(body)
  let shared = 0
  for (const bigram of titleBigrams) if (bodyBigrams.has(bigram)) shared++
  return shared / titleBigrams.size
}

const minimumOverlap = 0.5

/**
 * Layout sometimes prints a title far from its story (after a sidebar, at the foot of the page):
 * a title with no body is given to the untitled article whose text it describes best.
 */
export const placeDisplacedTitles = (articles: DraftArticle[]): DraftArticle[] => {
  const orphanTitles = articles.filter(
    (article) => article.title && article.paragraphs.length === 0,
  )
  const placed = new Set<DraftArticle>()
  for (const orphan of orphanTitles) {
    const candidates = articles.filter((article) => !article.title && article.paragraphs.length > 0)
    const scored = candidates
      .map((article) => ({
        article,
        overlap: titleOverlap(orphan.title ?? '', article.paragraphs.map((p) => p.text).join('')),
      }))
      .sort((a, b) => b.overlap - a.overlap)
    const best = scored[0]
    if (!best || best.overlap < minimumOverlap) continue
    best.article.title = orphan.title
    best.article.subtitle = orphan.subtitle
    best.article.kind = orphan.kind === 'notice' ? 'notice' : 'article'
    best.article.captions.push(...orphan.captions)
    placed.add(orphan)
  }
  return articles.filter((article) => !placed.has(article))
}
