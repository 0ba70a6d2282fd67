import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { poolDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import type { BulletinSlugs } from '../constants'
import { parseSearchParams } from '../search/parseSearchParams'
import { searchArticles } from '../search/searchArticles'
import { resolveSearchTables } from '../search/searchTables'

/**
 * GET /api/search?q=&office=&limit=&page= — published articles matching a Chinese query, best
 * first, with highlighted snippets; `office` (a slug) keeps one office's. Public, like the
 * published articles themselves.
 */
export const generateSearchEndpoint = ({
  slugs,
}: {
  slugs: Pick<BulletinSlugs, 'articles' | 'issues' | 'offices'>
}): Endpoint => ({
  handler: async (req) => {
    const parsed = parseSearchParams(req.query)
    if ('error' in parsed) throw new APIError(parsed.error, 400)
    const results = await searchArticles({
      db: poolDb(req.payload),
      params: parsed.params,
      tables: resolveSearchTables({ payload: req.payload, slugs }),
    })
    if (!results) throw new APIError(`no office with slug "${parsed.params.officeSlug}"`, 404)
    return Response.json(results)
  },
  method: 'get',
  path: '/search',
})
