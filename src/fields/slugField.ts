import type { CollectionSlug, FieldHook, PayloadRequest, TextField } from 'payload'

import { officeFieldName } from '../constants'
import { formatSlug } from '../utilities/formatSlug'
import { listSlugCandidates } from '../utilities/listSlugCandidates'
import { toRelationId } from '../utilities/toRelationId'

/**
 * A URL-safe slug filled from another field when left empty. Chinese text is kept as printed:
 * browsers and Next routes handle UTF-8 paths, and a transliteration would be lossy.
 */
export const slugField = ({ from }: { from: string }): TextField => ({
  name: 'slug',
  type: 'text',
  admin: { position: 'sidebar' },
  hooks: {
    beforeValidate: [
      ({ data, value }: { data?: Record<string, unknown>; value?: unknown }) => {
        if (typeof value === 'string' && value.trim() !== '') return formatSlug(value)
        const source: unknown = data?.[from]
        return typeof source === 'string' ? formatSlug(source) : (value ?? null)
      },
    ],
  },
  index: true,
  label: { en: 'Slug', zh: '网址标识' },
})

type DocData = Record<string, unknown>

/** The first candidate no other document of the office holds, asking one round at a time. */
const findFreeSlug = async ({
  base,
  collection,
  officeId,
  ownId,
  qualifier,
  req,
}: {
  base: string
  collection: CollectionSlug
  officeId: number | string
  ownId: null | number | string
  qualifier: null | string
  req: PayloadRequest
}): Promise<string> => {
  for (let round = 0; ; round++) {
    const candidates = listSlugCandidates({ base, qualifier, round })
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { slug: true },
      where: {
        and: [
          { [officeFieldName]: { equals: officeId } },
          { slug: { in: candidates } },
          ...(ownId === null ? [] : [{ id: { not_equals: ownId } }]),
        ],
      },
    })
    const taken = new Set(docs.map((doc) => (doc as { slug?: unknown }).slug))
    const free = candidates.find((candidate) => !taken.has(candidate))
    if (free !== undefined) return free
  }
}

/**
 * A slug unique within the document's office: filled from `base` when left empty, kept once set
 * (addresses stay stable when a title is corrected), and on a clash qualified (`qualify`, e.g.
 * an article's issue) and then numbered (see listSlugCandidates). The bulk import writer assigns
 * slugs by the same rule (importers/bulletin/persist/bulk/assignSlugs.ts).
 */
export const officeSlugField = ({
  base,
  qualify,
}: {
  /** The text a new slug is made from (formatted with formatSlug). */
  base: (data: DocData) => string
  /** A qualifier tried before numbers when the bare slug is taken. */
  qualify?: (args: { data: DocData; req: PayloadRequest }) => Promise<null | string>
}): TextField => {
  const fillSlug: FieldHook = async ({ collection, data, originalDoc, req, value }) => {
    const existing = (originalDoc as DocData | undefined)?.slug
    const hasExisting = typeof existing === 'string' && existing !== ''
    if (value === undefined && hasExisting) return existing
    const requested = typeof value === 'string' ? formatSlug(value) : ''
    if (requested !== '' && requested === existing) return requested
    const merged: DocData = { ...(originalDoc as DocData | undefined), ...data }
    const stem = requested || formatSlug(base(merged))
    const officeId = toRelationId(merged[officeFieldName])
    if (stem === '' || officeId === null || !collection) return stem
    return findFreeSlug({
      base: stem,
      collection: collection.slug,
      officeId,
      ownId: toRelationId((originalDoc as DocData | undefined)?.id),
      qualifier: (await qualify?.({ data: merged, req })) ?? null,
      req,
    })
  }
  return {
    name: 'slug',
    type: 'text',
    admin: {
      description: {
        en: 'Address on the website, unique within the office; filled in when left empty',
        zh: '网站地址中的标识，本街道内唯一；留空时自动生成',
      },
      position: 'sidebar',
    },
    hooks: { beforeValidate: [fillSlug] },
    index: true,
    label: { en: 'Slug', zh: '网址标识' },
  }
}
