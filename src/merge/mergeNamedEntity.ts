import type { CollectionSlug, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { BulletinSlugs } from '../constants'
import type { MergeableKey } from './types'
import { transactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import { holdContentChanges } from '../changes/holdContentChanges'
import { officeFieldName } from '../constants'
import { getCollectionTableName } from '../utilities/getCollectionTableName'
import { announceMerge } from './announceMerge'
import { findPublishedReferrers } from './findPublishedReferrers'
import { findReferencingColumns } from './findReferencingColumns'
import { repointReferences } from './repointReferences'

type NamedDoc = {
  aliases?: { alias: string }[] | null
  id: number
  name: string
  [officeFieldName]?: unknown
}

export type MergeOutcome = { into: number; merged: number; repointedReferences: number }

const idOf = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && 'id' in value ? value.id : value

/** The target's aliases plus the merged entry's name and aliases, each once, never its own name. */
export const mergeAliases = (target: NamedDoc, source: NamedDoc): { alias: string }[] => {
  const names = [
    ...(target.aliases ?? []).map(({ alias }) => alias),
    source.name,
    ...(source.aliases ?? []).map(({ alias }) => alias),
  ]
  return [...new Set(names.filter((name) => name.trim() !== '' && name !== target.name))].map(
    (alias) => ({ alias }),
  )
}

/**
 * Merges a duplicate person or department into another of the same office, as the requesting
 * user: every reference to it (articles and their versions, mentions, photos) is re-pointed,
 * its name becomes an alias of the one kept, and it is deleted. Runs in `req`'s transaction.
 * The public pages that change are announced once (see announceMerge), not by each write.
 */
export const mergeNamedEntity = async ({
  fromId,
  key,
  req,
  slugs,
  toId,
}: {
  fromId: number
  key: MergeableKey
  req: PayloadRequest
  slugs: Pick<BulletinSlugs, 'articles' | 'departments' | 'offices' | 'people' | 'photos'>
  toId: number
}): Promise<MergeOutcome> => {
  const collection: CollectionSlug = slugs[key]
  if (fromId === toId)
    throw new APIError('不能合并到自身，请选择另一个条目 (choose another entry)', 400)
  const { payload, user } = req
  const read = (id: number) =>
    payload.findByID({
      collection,
      depth: 0,
      disableErrors: true,
      id,
      overrideAccess: false,
      req,
      user,
    }) as Promise<NamedDoc | null>
  const [source, target] = await Promise.all([read(fromId), read(toId)])
  if (!source || !target) throw new APIError('找不到要合并的条目 (entry not found)', 404)
  if (String(idOf(source[officeFieldName])) !== String(idOf(target[officeFieldName]))) {
    throw new APIError('只能合并同一街道的条目 (entries of one office only)', 400)
  }
  const referrers = await findPublishedReferrers({ id: fromId, key, req, slugs })
  const repointedReferences = await holdContentChanges(req, async () => {
    await payload.update({
      collection,
      data: { aliases: mergeAliases(target, source) },
      depth: 0,
      id: toId,
      overrideAccess: false,
      req,
      user,
    })
    const db = await transactionDb({ payload, req })
    const columns = await findReferencingColumns({
      db,
      table: getCollectionTableName(payload, collection),
    })
    const repointed = await repointReferences({ columns, db, fromId, toId })
    await payload.delete({ collection, id: fromId, overrideAccess: false, req, user })
    return repointed
  })
  const officeId = idOf(target[officeFieldName])
  if (typeof officeId === 'number' || typeof officeId === 'string') {
    await announceMerge({ fromId, key, officeId, referrers, req, slugs, toId })
  }
  return { into: toId, merged: fromId, repointedReferences }
}
