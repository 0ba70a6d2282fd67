import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { BulletinSlugs } from '../constants'

/** The table of the search index: one row per published article (see the article_search migration). */
export const articleSearchTable = 'bulletin_article_search'

/**
 * The match vector holds one more lexeme, its office's ('#office:12'), so the GIN index itself
 * keeps to one office (jieba's words never hold '#').
 */
export const officeLexemePrefix = '#office:'

/** The match vector holds the title's words once more, marked, so title matches come from the GIN index. */
export const titleLexemePrefix = '#t:'

/**
 * The match vector names the blocks of ids its article is in ('#r7:791' = ids 101,248 to
 * 101,375), so a search can read the newest articles first from the GIN index.
 */
export const idBlockLexemePrefix = '#r'

/** The PL/pgSQL function that lists a search's ids (see the article_search_windows migration). */
export const searchHitsFunction = 'bulletin_search_hits'

/** The PostgreSQL tables search reads: the index and the collections it joins. */
export type SearchTables = { articles: string; issues: string; offices: string; search: string }

const toSnakeCase = (slug: string) =>
  slug
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase()

/** The tables of the host's (possibly renamed) collections, as the adapter named them. */
export const resolveSearchTables = ({
  payload,
  slugs,
}: {
  payload: Payload
  slugs: Pick<BulletinSlugs, 'articles' | 'issues' | 'offices'>
}): SearchTables => {
  const { tableNameMap } = payload.db as unknown as PostgresAdapter
  const tableOf = (slug: string) => tableNameMap.get(toSnakeCase(slug)) ?? toSnakeCase(slug)
  return {
    articles: tableOf(slugs.articles),
    issues: tableOf(slugs.issues),
    offices: tableOf(slugs.offices),
    search: articleSearchTable,
  }
}
