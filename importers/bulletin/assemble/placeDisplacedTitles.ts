import type { DraftArticle } from './draftArticle'

const bigramsOf = (text: string): Set<string> => {
  const chars = [...text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '')]
  return new Set(chars.slice(0, -1).map((char, index) => char + (chars[index + 1] ?? '')))
}

/** Share of the title's bigrams found in the body. */
const shareOf = (titleBigrams: Set<string>, bodyBigrams: Set<string>): number => {
  if (titleBigrams.size === 0) return 0
  let shared = 0
  for (const bigram of titleBigrams) if (bodyBigrams.has(bigram)) shared++
  return shared / titleBigrams.size
}

const minimumOverlap = 0.5
/** A displaced title stays on its story's page: look this many articles either side. */
const searchRadius = 12

/**
 * Layout sometimes prints a title far from its story (after a sidebar, at the foot of the page):
 * a title with no body is given to the nearby untitled article whose text it describes best.
 */
export const placeDisplacedTitles = (articles: DraftArticle[]): DraftArticle[] => {
  const bodyBigrams = new Map<DraftArticle, Set<string>>()
  const bigramsOfBody = (article: DraftArticle): Set<string> => {
    const cached = bodyBigrams.get(article)
    if (cached) return cached
    const bigrams = bigramsOf(article.paragraphs.map((paragraph) => paragraph.text).join(''))
    bodyBigrams.set(article, bigrams)
    return bigrams
  }
  const placed = new Set<DraftArticle>()
  for (const [index, orphan] of articles.entries()) {
    if (!orphan.title || orphan.paragraphs.length > 0) continue
    const titleBigrams = bigramsOf(orphan.title)
    let best: DraftArticle | null = null
    let bestOverlap = 0
    const nearby = articles.slice(Math.max(0, index - searchRadius), index + searchRadius + 1)
    for (const article of nearby) {
      if (article.title || article.paragraphs.length === 0) continue
      const overlap = shareOf(titleBigrams, bigramsOfBody(article))
      if (overlap > bestOverlap) [best, bestOverlap] = [article, overlap]
    }
    if (!best || bestOverlap < minimumOverlap) continue
    best.title = orphan.title
    best.subtitle = orphan.subtitle
    best.kind = orphan.kind === 'notice' ? 'notice' : 'article'
    best.captions.push(...orphan.captions)
    best.titleLine = orphan.line
    placed.add(orphan)
  }
  return articles.filter((article) => !placed.has(article))
}
