import type { Endpoint } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { BulletinSlugs } from '../constants'
import type { MergeableKey } from '../merge/types'
import { mergeNamedEntity } from '../merge/mergeNamedEntity'

const readTargetId = async (req: Parameters<Endpoint['handler']>[0]): Promise<number> => {
  const body = (await req.json?.().catch(() => null)) as { into?: unknown } | null
  const into = Number(body?.into)
  if (!Number.isInteger(into)) {
    throw new APIError('请求须包含要合并到的条目 id：{"into": 12} (body must name "into")', 400)
  }
  return into
}

/**
 * POST /api/<people|departments>/:id/merge with `{ "into": id }` — merges a duplicate into
 * another entry in one transaction, as the requesting user (see mergeNamedEntity).
 */
export const generateMergeNamedEntityEndpoint = ({
  key,
  slugs,
}: {
  key: MergeableKey
  slugs: BulletinSlugs
}): Endpoint => ({
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录 (log in first)', 401)
    const fromId = Number(req.routeParams?.id)
    if (!Number.isInteger(fromId)) throw new APIError('invalid id', 400)
    const toId = await readTargetId(req)
    const shouldCommit = await initTransaction(req)
    try {
      const outcome = await mergeNamedEntity({ fromId, key, req, slugs, toId })
      if (shouldCommit) await commitTransaction(req)
      return Response.json(outcome)
    } catch (error) {
      await killTransaction(req)
      if (error instanceof APIError) throw error
      throw new APIError(
        (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'merge failed',
        400,
      )
    }
  },
  method: 'post',
  path: '/:id/merge',
})
