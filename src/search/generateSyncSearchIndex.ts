import type { ContentChangeListener } from '../changes/types'
import { transactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import type { BulletinSlugs } from '../constants'
import { indexArticles } from './indexArticles'
import { resolveSearchTables } from './searchTables'

/**
 * The content change listener that keeps the search index: an article published, edited while
 * published, unpublished or deleted is re-read from its main row in the same transaction, so
 * the index changes exactly when the published article does (a draft save changes nothing).
 */
export const generateSyncSearchIndex =
  ({
    slugs,
  }: {
    slugs: Pick<BulletinSlugs, 'articles' | 'issues' | 'offices'>
  }): ContentChangeListener =>
  async ({ collection, id, req }) => {
    if (collection !== 'articles') return
    // A process may hold Payload configs with other slugs: each listener serves its own.
    if (!(slugs.articles in req.payload.collections)) return
    await indexArticles({
      db: await transactionDb({ payload: req.payload, req }),
      ids: [Number(id)],
      tables: resolveSearchTables({ payload: req.payload, slugs }),
    })
  }
