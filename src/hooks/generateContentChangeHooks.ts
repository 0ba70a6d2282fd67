import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { classifyContentChange } from '../changes/classifyContentChange'
import { emitContentChange } from '../changes/contentChanges'
import { areContentChangesHeld } from '../changes/holdContentChanges'
import type { ContentDocRefs } from '../changes/toRevalidationTargets'
import { toRevalidationTargets } from '../changes/toRevalidationTargets'
import type { ContentChangeEvent, PublicContentKey } from '../changes/types'
import { officeFieldName } from '../constants'

type ContentDoc = ContentDocRefs & { _status?: null | string; office?: unknown }

/** Where the beforeChange hook leaves the main row's status for afterChange, per document. */
const wasPublishedKey = (slug: string, id: unknown) => `bulletinWasPublished:${slug}:${String(id)}`

const isMainRowPublished = async ({
  collection,
  id,
  req,
}: {
  collection: CollectionSlug
  id: unknown
  req: PayloadRequest
}): Promise<boolean> => {
  const row = await req.payload.db.findOne<{ _status?: string; id: number }>({
    collection,
    req,
    select: { _status: true },
    where: { id: { equals: id } },
  })
  return row?._status === 'published'
}

const officeIdOf = (doc: ContentDoc): null | number | string => {
  const office = doc[officeFieldName as 'office']
  if (office !== null && typeof office === 'object' && 'id' in office)
    return (office as { id: number | string }).id
  return typeof office === 'number' || typeof office === 'string' ? office : null
}

/**
 * Hooks that emit a content change whenever a document the public can read is published,
 * edited, unpublished or deleted (see src/changes/). Drafts and draft saves emit nothing.
 */
export const generateContentChangeHooks = ({
  collection,
  hasDrafts,
  officesSlug,
}: {
  collection: PublicContentKey
  hasDrafts: boolean
  officesSlug: CollectionSlug
}): Required<
  Pick<NonNullable<CollectionConfig['hooks']>, 'afterChange' | 'afterDelete' | 'beforeChange'>
> => {
  const emit = async ({
    doc,
    event,
    previousDoc,
    req,
  }: {
    doc: ContentDoc
    event: ContentChangeEvent
    previousDoc?: ContentDoc
    req: PayloadRequest
  }) => {
    const officeId = officeIdOf(doc)
    // An operation announcing its writes as one change (a merge) emits it itself.
    if (officeId === null || areContentChangesHeld(req)) return
    const office = await req.payload.findByID({
      collection: officesSlug,
      depth: 0,
      id: officeId,
      req,
      select: { slug: true },
    })
    const officeSlug = (office as { slug?: null | string }).slug ?? String(officeId)
    await emitContentChange({
      at: new Date().toISOString(),
      collection,
      event,
      id: doc.id,
      office: { id: officeId, slug: officeSlug },
      req,
      ...toRevalidationTargets({ collection, doc, officeSlug, previousDoc }),
    })
  }

  const beforeChange: CollectionBeforeChangeHook = async ({
    collection: config,
    operation,
    originalDoc,
    req,
  }) => {
    if (!hasDrafts || operation !== 'update' || !originalDoc) return
    const id = (originalDoc as { id: unknown }).id
    req.context[wasPublishedKey(config.slug, id)] = await isMainRowPublished({
      collection: config.slug,
      id,
      req,
    })
  }

  const afterChange: CollectionAfterChangeHook = async ({
    collection: config,
    doc,
    operation,
    previousDoc,
    req,
  }) => {
    const contentDoc = doc as ContentDoc
    const wasPublished = req.context[wasPublishedKey(config.slug, contentDoc.id)] === true
    const needsMainRow = hasDrafts && wasPublished && contentDoc._status !== 'published'
    const event = classifyContentChange({
      hasDrafts,
      isStillPublished: needsMainRow
        ? await isMainRowPublished({ collection: config.slug, id: contentDoc.id, req })
        : false,
      operation,
      status: contentDoc._status,
      wasPublished,
    })
    if (event) {
      await emit({
        doc: contentDoc,
        event,
        previousDoc: operation === 'update' ? (previousDoc as ContentDoc) : undefined,
        req,
      })
    }
    return contentDoc
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    const contentDoc = doc as ContentDoc
    if (hasDrafts && contentDoc._status !== 'published') return
    await emit({ doc: contentDoc, event: 'delete', req })
  }

  return { afterChange: [afterChange], afterDelete: [afterDelete], beforeChange: [beforeChange] }
}

/** Adds the content change hooks to one of the plugin's public collections, keeping its own. */
export const addContentChangeHooks = ({
  collection,
  config,
  officesSlug,
}: {
  collection: PublicContentKey
  config: CollectionConfig
  officesSlug: CollectionSlug
}): CollectionConfig => {
  const hooks = generateContentChangeHooks({
    collection,
    hasDrafts: Boolean(
      config.versions && typeof config.versions === 'object' && config.versions.drafts,
    ),
    officesSlug,
  })
  return {
    ...config,
    hooks: {
      ...config.hooks,
      afterChange: [...(config.hooks?.afterChange ?? []), ...hooks.afterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), ...hooks.afterDelete],
      beforeChange: [...(config.hooks?.beforeChange ?? []), ...hooks.beforeChange],
    },
  }
}
